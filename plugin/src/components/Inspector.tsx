import React, { useMemo, useState } from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Input, useStyles2 } from '@grafana/ui';

import type { AnalysisNote } from '../bind/analysis';
import type { CompileReport, Inspection, Issue } from '../bind/types';
import type { UpdateTiming } from '../bind/session';

const SHOWN = 200;

function issueText(i: Issue | string): string {
  return typeof i === 'string' ? i : i.path ? `${i.path}: ${i.message}` : i.message;
}

/** Compile errors and warnings with their paths. */
export function ReportList({ report, dataError }: { report?: CompileReport; dataError?: string }) {
  const styles = useStyles2(getStyles);
  const errors = report?.errors ?? [];
  const warnings = report?.warnings ?? [];
  if (!errors.length && !warnings.length && !dataError) {
    return null;
  }
  return (
    <ul className={styles.list} data-testid="faultline-report">
      {dataError && <li className={styles.error}>data: {dataError}</li>}
      {errors.map((e, i) => (
        <li key={`e${i}`} className={styles.error} data-testid="faultline-report-error">
          {issueText(e)}
        </li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${i}`} className={styles.warning}>
          {issueText(w)}
        </li>
      ))}
    </ul>
  );
}

function Section({ title, count, children, testId }: { title: string; count: number; children: React.ReactNode; testId: string }) {
  const styles = useStyles2(getStyles);
  const [open, setOpen] = useState(count > 0 && count <= 50);
  return (
    <div data-testid={testId} data-count={count}>
      <button type="button" className={styles.head} onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? '▾' : '▸'} {title} <span className={styles.muted}>({count})</span>
      </button>
      {open && children}
    </div>
  );
}

/** What the core says about the bindings now: per-cell state, unmapped cells, unmatched series, problems. */
export function Inspector({
  inspection,
  report,
  dataError,
  timing,
  onHighlight,
  graphNotes = [],
}: {
  inspection?: Inspection;
  report?: CompileReport;
  dataError?: string;
  timing?: UpdateTiming;
  onHighlight?: (cellId: string | undefined) => void;
  /** The dependency analysis' notes about the drawing: ignored edges, self-loops, cycles, …. */
  graphNotes?: AnalysisNote[];
}) {
  const styles = useStyles2(getStyles);
  const [filter, setFilter] = useState('');
  const f = filter.trim().toLowerCase();
  const cells = useMemo(() => {
    const all = inspection?.cells ?? [];
    return f ? all.filter((c) => c.id.toLowerCase().includes(f) || (c.label ?? '').toLowerCase().includes(f)) : all;
  }, [inspection, f]);
  if (!inspection) {
    return <div className={styles.muted}>No bindings evaluated yet.</div>;
  }
  const match = (s: string) => !f || s.toLowerCase().includes(f);
  const unmapped = inspection.unmappedCells.filter(match);
  const unmatched = inspection.unmatchedSeries.filter(match);
  const problems = [...(inspection.data ?? []), ...(inspection.disappeared ?? []).map((s) => `series gone: ${s}`)];
  return (
    <div className={styles.root} data-testid="faultline-inspector">
      <ReportList report={report ?? inspection.compile} dataError={dataError} />
      <Input placeholder="Filter cells and series" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
      {timing && (
        <div className={styles.muted}>
          last refresh: {timing.fields} fields, {timing.points} points · encode {timing.encodeMs.toFixed(1)} ms · core {timing.coreMs.toFixed(1)} ms · apply{' '}
          {timing.applyMs.toFixed(1)} ms ({timing.ops} ops)
        </div>
      )}
      <Section title="Cell states" count={cells.length} testId="faultline-inspector-cells">
        <table className={styles.table}>
          <tbody>
            {cells.slice(0, SHOWN).map((c) => (
              <tr key={c.id} data-cell-id={c.id} onMouseEnter={() => onHighlight?.(c.id)} onMouseLeave={() => onHighlight?.(undefined)}>
                <td className={styles.id} title={c.id}>
                  {c.label || c.id}
                </td>
                <td>
                  <span className={cx(styles.level)} data-level={c.level ?? ''}>
                    {c.level ?? '—'}
                  </span>
                </td>
                <td>
                  {c.bindings.map((b) => (
                    <div key={b.binding} className={styles.small}>
                      <b>{b.binding}</b>
                      {b.note ? ` · ${b.note}` : ''}
                      {b.series.slice(0, 5).map((s, i) => (
                        <div key={i}>
                          {s.name}: {s.value ?? 'no value'}
                          {s.level ? ` (${s.level})` : ''}
                        </div>
                      ))}
                      {b.series.length > 5 && <div>…{b.series.length - 5} more series</div>}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {cells.length > SHOWN && <div className={styles.muted}>…{cells.length - SHOWN} more (filter to find one)</div>}
      </Section>
      <Section title="Unmapped cells" count={unmapped.length} testId="faultline-inspector-unmapped">
        <div className={styles.chips}>
          {unmapped.slice(0, SHOWN).map((id) => (
            <code key={id} onMouseEnter={() => onHighlight?.(id)} onMouseLeave={() => onHighlight?.(undefined)}>
              {id}
            </code>
          ))}
        </div>
      </Section>
      <Section title="Unmatched series" count={unmatched.length} testId="faultline-inspector-unmatched">
        <ul className={styles.list}>
          {unmatched.slice(0, SHOWN).map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </Section>
      <Section title="Data problems" count={problems.length} testId="faultline-inspector-problems">
        <ul className={styles.list}>
          {problems.slice(0, SHOWN).map((s, i) => (
            <li key={i} className={styles.warning}>
              {s}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Dependency graph notes (ignored edges, cycles)" count={graphNotes.length} testId="faultline-inspector-graph">
        <ul className={styles.list}>
          {graphNotes.slice(0, SHOWN).map((n, i) => (
            <li key={i} data-code={n.code} data-cell={n.cell ?? ''} onMouseEnter={() => onHighlight?.(n.cell)} onMouseLeave={() => onHighlight?.(undefined)}>
              {n.message}
            </li>
          ))}
        </ul>
      </Section>
      {inspection.truncated && <div className={styles.muted}>The core listed only the first entries.</div>}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize }),
  head: css({
    background: 'none',
    border: 'none',
    color: theme.colors.text.primary,
    padding: 0,
    cursor: 'pointer',
    fontWeight: theme.typography.fontWeightMedium,
  }),
  list: css({ margin: 0, paddingLeft: theme.spacing(2), wordBreak: 'break-word' }),
  error: css({ color: theme.colors.error.text }),
  warning: css({ color: theme.colors.warning.text }),
  muted: css({ color: theme.colors.text.secondary }),
  small: css({ fontSize: theme.typography.bodySmall.fontSize }),
  id: css({ maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'top' }),
  level: css({
    fontWeight: theme.typography.fontWeightMedium,
    '&[data-level=crit]': { color: theme.colors.error.text },
    '&[data-level=warn]': { color: theme.colors.warning.text },
    '&[data-level=ok]': { color: theme.colors.success.text },
  }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    '& td': { padding: theme.spacing(0.25, 0.5), borderBottom: `1px solid ${theme.colors.border.weak}`, verticalAlign: 'top' },
  }),
  chips: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5), '& code': { cursor: 'default' } }),
});
