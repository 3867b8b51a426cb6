/** The bench results as Markdown tables, with the ratios the targets are stated in. */

interface LoadRow {
  size: number;
  endpoint: string;
  requests: number;
  errors: number;
  failures?: Record<string, number>;
  rps: number;
  p50: number;
  p99: number;
}

export interface BenchReport {
  date: string;
  commit: string;
  machine: { cpu: string; cores: number; node: string; load: number[] };
  http?: LoadRow[];
  core?: { size: number; use: string; calls: number; p50: number }[];
  coldStart?: { command: string; median: number }[];
  draftWrite?: { stored: number; median: number; kept: number }[];
  retrieval?: { items: number; posts: number; buildMs: number; p50: number; p99: number };
  eval?: { cases: number; concurrency: number; latencyMs: number; ms: number; idealMs: number };
  funnel?: { proposals: number; events: number; coldMs: number; warmMs: number; warmCpuMs: number; load: number };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (value: number) => `${value.toFixed(value >= 10 ? 0 : 2)}x`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function http(rows: LoadRow[]): string {
  const find = (size: number, endpoint: string) => rows.find((row) => row.size === size && row.endpoint === endpoint);
  const body = rows.map((row) => {
    const healthz = find(row.size, 'healthz');
    const small = find(10, row.endpoint);
    return [
      `${row.endpoint}`,
      row.size.toLocaleString('en-US'),
      row.rps.toFixed(1),
      ms(row.p50),
      ms(row.p99),
      `${row.requests}${row.errors > 0 ? ` (failed: ${JSON.stringify(row.failures ?? row.errors)})` : ''}`,
      healthz === undefined || row === healthz ? '' : ratio(row.rps / healthz.rps),
      small === undefined || row.size === 10 ? '' : `${ratio(row.p50 / small.p50)} / ${ratio(row.rps / small.rps)}`,
    ];
  });
  return table(['endpoint', 'proof items', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'x /healthz req/s', 'vs 10 items: p50 / req/s'], body);
}

/** The report as Markdown: one table per measurement, each with the ratio its target is stated in. */
export function toMarkdown(report: BenchReport): string {
  const { machine } = report;
  const parts = [
    `# bidwright bench, ${report.date.slice(0, 16).replace('T', ' ')} UTC (commit ${report.commit})`,
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load average at the end ${machine.load.join(' / ')}.`,
  ];
  if (report.http) parts.push('## HTTP, 8 connections, `bidwright serve` (offline engine, file store)', http(report.http));
  if (report.core) {
    parts.push(
      '## The core alone, one call at a time (library handed out once)',
      table(
        ['use case', 'proof items', 'p50 ms', 'calls'],
        report.core.map((row) => [row.use, row.size.toLocaleString('en-US'), ms(row.p50), String(row.calls)]),
      ),
    );
  }
  if (report.coldStart) {
    const node = report.coldStart.find((row) => row.command === 'node -e 0')?.median ?? Number.NaN;
    parts.push(
      '## Cold start (median)',
      table(
        ['command', 'ms', 'x node -e 0'],
        report.coldStart.map((row) => [row.command, ms(row.median), ratio(row.median / node)]),
      ),
    );
  }
  if (report.draftWrite) {
    const first = report.draftWrite[0]?.median ?? Number.NaN;
    parts.push(
      '## One draft write (file store, median of 5)',
      table(
        ['drafts stored', 'ms', 'x 100 stored', 'drafts kept after'],
        report.draftWrite.map((row) => [row.stored.toLocaleString('en-US'), ms(row.median), ratio(row.median / first), row.kept.toLocaleString('en-US')]),
      ),
    );
  }
  if (report.retrieval) {
    const r = report.retrieval;
    parts.push(
      "## Retrieval (the server's ranker)",
      table(
        ['proof items', 'index build ms', 'query p50 ms', 'query p99 ms', 'posts'],
        [[r.items.toLocaleString('en-US'), ms(r.buildMs), ms(r.p50), ms(r.p99), String(r.posts)]],
      ),
    );
  }
  if (report.eval) {
    const e = report.eval;
    parts.push(
      `## Eval runner, mocked model answering in ${e.latencyMs} ms`,
      table(
        ['cases', 'concurrency', 'ms', 'ideal ms', 'x ideal'],
        [[String(e.cases), String(e.concurrency), ms(e.ms), ms(e.idealMs), ratio(e.ms / e.idealMs)]],
      ),
    );
  }
  if (report.funnel) {
    const f = report.funnel;
    parts.push(
      '## Pipeline funnel, 30 days (file store, median of 5)',
      table(
        ['proposals', 'events', 'cold ms', 'warm ms', 'warm CPU ms', 'load'],
        [[f.proposals.toLocaleString('en-US'), f.events.toLocaleString('en-US'), ms(f.coldMs), ms(f.warmMs), ms(f.warmCpuMs), f.load.toFixed(1)]],
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
