// The analysis box in the panel corner, loaded on the first incident (its own chunk, so module.js
// stays a thin shim): the ranked top 5 with their explanations and the counts, collapsible, and the
// what-if answer. Grafana UI only; the core decides everything.
import React from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { IconButton, useStyles2 } from '@grafana/ui';

import type { AnalysisCandidate, AnalysisOptions, AnalysisView } from '../bind/analysis';
import { boxContent } from './analysisBoxChunk';

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Highlights the cell of a list entry while the pointer is on it. */
function useHighlight(containerRef: React.RefObject<HTMLDivElement>) {
  return (id: string | undefined) => {
    const root = containerRef.current;
    root?.querySelectorAll('g.fl-highlight').forEach((g) => g.classList.remove('fl-highlight'));
    if (id && root) {
      root.querySelector(`[data-cell-id="${CSS.escape(id)}"]`)?.classList.add('fl-highlight');
    }
  };
}

/**
 * What the reader has opened or collapsed. It lives in AnalysisLayer, which stays mounted while the
 * box comes and goes with the alerts: a list collapsed during one incident stays collapsed.
 */
export interface BoxUiState {
  collapsed: boolean;
  setCollapsed: (collapsed: boolean) => void;
  open: ReadonlySet<string>;
  toggle: (id: string) => void;
}

function Candidate({ c, open, onToggle, onHover }: { c: AnalysisCandidate; open: boolean; onToggle: () => void; onHover: (id?: string) => void }) {
  const styles = useStyles2(getStyles);
  return (
    <li
      className={styles.item}
      data-testid="faultline-candidate"
      data-rank={c.rank}
      data-id={c.id}
      onPointerEnter={() => onHover(c.id)}
      onPointerLeave={() => onHover(undefined)}
    >
      <button type="button" className={styles.itemHead} onClick={onToggle} aria-expanded={open} title={c.summary}>
        <span className={styles.rank}>{c.rank}</span>
        <span className={styles.name}>{c.label || c.id}</span>
        <span className={styles.score} title="score in nats (log-likelihood ratio), and its share of the posterior">
          {c.score.toFixed(1)} · {Math.round(c.probability * 100)}%
        </span>
      </button>
      <div className={styles.explains} data-testid="faultline-candidate-explains">
        explains {c.explains} of {c.alerts} alerts{c.localRoot ? ' · its dependencies are healthy' : ''}
      </div>
      {open && (
        <ul className={styles.signals} data-testid="faultline-candidate-signals">
          {c.signals.map((s, i) => (
            <li key={i}>
              <strong>{s.kind}</strong> {s.contribution >= 0 ? '+' : ''}
              {s.contribution.toFixed(2)}: {s.detail}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export default function AnalysisBox({
  view,
  options,
  containerRef,
  ui,
}: {
  view: AnalysisView;
  options: AnalysisOptions | undefined;
  containerRef: React.RefObject<HTMLDivElement>;
  ui: BoxUiState;
}) {
  const styles = useStyles2(getStyles);
  const { collapsed, setCollapsed } = ui;
  const highlight = useHighlight(containerRef);

  const r = view.report;
  const w = r?.whatIf;
  const { list: showList, shown } = boxContent(view, options);
  if (!shown) {
    return null;
  }
  const s = r?.summary;
  return (
    <div className={styles.box} data-testid="faultline-analysis" onPointerDown={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()} onWheel={(e) => e.stopPropagation()}>
      {showList && s && r && (
        <>
          <div className={styles.head}>
            <button type="button" className={styles.title} onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed} data-testid="faultline-analysis-toggle">
              {collapsed ? '▸' : '▾'} Likely causes
            </button>
            <span className={styles.counts} data-testid="faultline-analysis-counts">
              {plural(s.alerting, 'alert')} · {s.failing} failing · {s.impacted} impacted
            </span>
          </div>
          {!collapsed && (
            <>
              <ol className={styles.list}>
                {r.candidates.map((c) => (
                  <Candidate key={c.id} c={c} open={ui.open.has(c.id)} onToggle={() => ui.toggle(c.id)} onHover={highlight} />
                ))}
              </ol>
              {r.unexplained.length > 0 && (
                <div className={styles.note} data-testid="faultline-unexplained">
                  Not explained by these: {r.unexplained.map((u) => u.label || u.id).join(', ')}
                </div>
              )}
            </>
          )}
        </>
      )}
      {w && (
        <div className={styles.whatIf} data-testid="faultline-whatif" data-id={w.id} data-count={w.count}>
          <div className={styles.head}>
            <strong>What if {w.label || w.id} fails?</strong>
            <IconButton name="times" size="sm" tooltip="Back to the live analysis" onClick={() => view.whatIf('')} data-testid="faultline-whatif-close" />
          </div>
          <div>
            {w.count === 0
              ? 'Nothing else breaks (redundancy or soft dependencies absorb it).'
              : `${plural(w.count, 'node')} would break: ${w.impacted
                  .slice(0, 12)
                  .map((i) => i.label || i.id)
                  .join(', ')}${w.count > 12 ? ', …' : ''}`}
          </div>
        </div>
      )}
      {view.error && (
        <div className={cx(styles.note, styles.error)} data-testid="faultline-analysis-error">
          {view.error}
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  // Bottom left, above the inspector button: where drawings keep legends, away from the top-right
  // notes and banners.
  box: css({
    position: 'absolute',
    left: theme.spacing(0.5),
    bottom: theme.spacing(3.5),
    width: 'min(300px, calc(100% - 16px))',
    maxHeight: `calc(100% - ${theme.spacing(4.5)})`,
    overflow: 'auto',
    padding: theme.spacing(0.5, 1),
    fontSize: theme.typography.bodySmall.fontSize,
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z2,
    cursor: 'default',
    userSelect: 'text',
    zIndex: 1,
  }),
  head: css({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: theme.spacing(1) }),
  title: css({ background: 'none', border: 'none', padding: 0, color: theme.colors.text.primary, fontWeight: theme.typography.fontWeightMedium, cursor: 'pointer' }),
  counts: css({ color: theme.colors.text.secondary, whiteSpace: 'nowrap' }),
  list: css({ listStyle: 'none', margin: theme.spacing(0.5, 0, 0), padding: 0 }),
  item: css({ padding: theme.spacing(0.25, 0), borderTop: `1px solid ${theme.colors.border.weak}` }),
  itemHead: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.75),
    width: '100%',
    background: 'none',
    border: 'none',
    padding: 0,
    color: theme.colors.text.primary,
    textAlign: 'left',
    cursor: 'pointer',
  }),
  rank: css({
    flexShrink: 0,
    width: 18,
    height: 18,
    lineHeight: '18px',
    borderRadius: '50%',
    textAlign: 'center',
    fontWeight: theme.typography.fontWeightBold,
    color: '#ffffff',
    background: '#1F60C4',
  }),
  name: css({ flex: 1, fontWeight: theme.typography.fontWeightMedium, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  score: css({ color: theme.colors.text.secondary, whiteSpace: 'nowrap' }),
  explains: css({ paddingLeft: 24, color: theme.colors.text.secondary }),
  signals: css({ margin: theme.spacing(0.25, 0, 0.25, 3), padding: 0, listStyle: 'disc', color: theme.colors.text.secondary }),
  whatIf: css({ padding: theme.spacing(0.5, 0), borderTop: `1px solid ${theme.colors.border.weak}`, '&:first-child': { borderTop: 'none' } }),
  note: css({ color: theme.colors.text.secondary, paddingTop: theme.spacing(0.25) }),
  error: css({ color: theme.colors.error.text }),
});
