/**
 * A Store on files in one data directory: the profile and proof library in `bidwright.json` (one
 * human-readable document, see library-file.ts), drafts appended to `drafts/<month>.jsonl` beside
 * it (see record-log.ts). Nothing is read or created until the first call; a missing directory
 * reads as empty. The pipeline's proposals and events are logs too, under `pipeline/`.
 */
import path from 'node:path';
import type { Store } from '../domain/ports.ts';
import { createDocumentStore } from './document-store.ts';
import { StoredDraft } from '../domain/draft-record.ts';
import { createLibraryFile } from './library-file.ts';
import { createRecordLog } from './record-log.ts';
import { PipelineEvent, TrackedProposal } from '../domain/pipeline.ts';

/** The library file's name inside the data directory. */
export const STORE_FILE_NAME = 'bidwright.json';

/** Opens the store in `dir`; `now` dates the backups written before a destructive change. */
export async function createFileStore({ dir, now = () => new Date() }: { dir: string; now?: () => Date }): Promise<Store> {
  const root = path.resolve(dir);
  return createDocumentStore(
    createLibraryFile(path.join(root, STORE_FILE_NAME), now),
    createRecordLog({ dir: path.join(root, 'drafts'), schema: StoredDraft }),
    {
      proposals: createRecordLog({ dir: path.join(root, 'pipeline', 'proposals'), schema: TrackedProposal }),
      events: createRecordLog({ dir: path.join(root, 'pipeline', 'events'), schema: PipelineEvent }),
    },
  );
}
