#!/bin/sh
# The main job until the server lands: load the example profile and proof into a demo data folder,
# then triage the example job post and draft a proposal for it. Your own data stays in ./data.
set -e
cd "$(dirname "$0")/.."
export BIDWRIGHT_DATA_DIR="${BIDWRIGHT_DATA_DIR:-data/demo}"
bw="node bin/bidwright.js --engine offline"
$bw profile set examples/profile.json > /dev/null
$bw proof import examples/proof.json
echo
$bw triage examples/job-post.txt
echo
$bw propose examples/job-post.txt
