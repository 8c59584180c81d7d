import React, { useMemo } from 'react';
import { getLinksSupplier, locationUtil, type Field, type LinkModel, type ScopedVars, type TimeRange } from '@grafana/data';
import { ContextMenu, MenuGroup, MenuItem } from '@grafana/ui';

import { exploreUrl, openLink, resolveLink, safeUrl, type Interpolate, type ResolvedLink } from '../bind/links';
import type { BindSession } from '../bind/session';

export interface MenuEntry {
  group: 'links' | 'data' | 'traces' | 'analysis';
  label: string;
  description?: string;
  /** Absent for actions (they have `onClick`). */
  link?: ResolvedLink;
  /** A data link's own handler (e.g. Grafana's internal Explore links). */
  onClick?: (e: React.MouseEvent<HTMLElement>) => void;
}

const GROUPS: Record<MenuEntry['group'], string> = { links: 'Links', data: 'Data links', traces: 'Traces', analysis: 'Dependencies' };
const MAX_DATA_LINKS = 30;

/** Grafana's data links of the fields bound to a cell (as its own panels build them). */
function dataLinksOf(session: BindSession, cellId: string, replaceVariables: Interpolate): MenuEntry[] {
  const state = session.cellState(cellId);
  const seen = new Set<number>();
  const out: MenuEntry[] = [];
  for (const b of state?.bindings ?? []) {
    for (const s of b.series ?? []) {
      if (typeof s.fieldIndex !== 'number' || seen.has(s.fieldIndex)) {
        continue;
      }
      seen.add(s.fieldIndex);
      const at = session.fieldAt(s.fieldIndex);
      if (!at) {
        continue;
      }
      const field: Field = at.frame.fields[at.fieldIndex];
      const row = Math.max(0, (field.values?.length ?? 1) - 1);
      let links: Array<LinkModel<Field>> = [];
      try {
        if (field.getLinks) {
          links = field.getLinks({ valueRowIndex: row });
        } else if (field.config?.links?.length) {
          links = getLinksSupplier(at.frame, field, {}, replaceVariables as any)({ valueRowIndex: row });
        }
      } catch {
        links = [];
      }
      for (const l of links) {
        const url = safeUrl(l.href ? locationUtil.assureBaseUrl(l.href) : '');
        if (!url || out.length >= MAX_DATA_LINKS) {
          continue;
        }
        out.push({
          group: 'data',
          label: l.title || url.href,
          description: String(s.name ?? ''),
          link: { title: l.title || url.href, url, newTab: l.target === '_blank' },
          onClick: l.onClick ? (e) => l.onClick!(e as any, { field, rowIndex: row } as any) : undefined,
        });
      }
    }
  }
  return out;
}

/** Everything the menu of a cell offers, in order: its links, its fields' data links, its traces. */
export function menuEntries(
  session: BindSession,
  cellId: string,
  replaceVariables: Interpolate,
  timeRange: TimeRange,
  drawioLink?: string,
  scopedVars?: ScopedVars
): MenuEntry[] {
  const entries: MenuEntry[] = [];
  const links = session.links(cellId);
  // draw.io's own `link` attribute (opens in a new tab, as in draw.io's viewer), unless the core lists it.
  if (drawioLink && !links.some((l) => l.url === drawioLink)) {
    links.push({ title: 'Link', url: drawioLink, newTab: true });
  }
  for (const l of links) {
    const r = resolveLink(l, replaceVariables, scopedVars);
    if (r) {
      entries.push({ group: 'links', label: r.title, link: r, description: r.newTab ? 'opens in a new tab' : undefined });
    }
  }
  entries.push(...dataLinksOf(session, cellId, replaceVariables));
  const trace = session.trace(cellId);
  if (trace) {
    const path = exploreUrl(trace, timeRange);
    const url = path && safeUrl(locationUtil.assureBaseUrl(path));
    if (url) {
      const kind = trace.type === 'tempo' ? 'Tempo' : trace.type === 'jaeger' ? 'Jaeger' : trace.type === 'zipkin' ? 'Zipkin' : trace.type;
      entries.push({ group: 'traces', label: `Traces of ${trace.service}`, description: `Explore · ${kind}`, link: { title: 'Traces', url, newTab: false } });
    }
  }
  return entries;
}

export function CellMenu({
  x,
  y,
  title,
  entries,
  onClose,
}: {
  x: number;
  y: number;
  title: string;
  entries: MenuEntry[];
  onClose: () => void;
}) {
  const groups = useMemo(() => {
    const g = new Map<MenuEntry['group'], MenuEntry[]>();
    for (const e of entries) {
      g.set(e.group, [...(g.get(e.group) ?? []), e]);
    }
    return [...g];
  }, [entries]);
  return (
    <ContextMenu
      x={x}
      y={y}
      onClose={onClose}
      focusOnOpen={false}
      renderHeader={() => (
        <div style={{ padding: '4px 8px', fontWeight: 500, maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} data-testid="faultline-menu-title">
          {title}
        </div>
      )}
      renderMenuItems={() =>
        groups.map(([group, list]) => (
          <MenuGroup key={group} label={GROUPS[group]}>
            {list.map((e, i) => (
              <MenuItem
                key={i}
                label={e.label}
                description={e.description}
                icon={group === 'analysis' ? 'bolt' : group === 'traces' ? 'compass' : e.link?.newTab ? 'external-link-alt' : 'link'}
                testId={`faultline-menu-${group}`}
                onClick={(ev) => {
                  onClose();
                  if (e.onClick) {
                    e.onClick(ev);
                  } else if (e.link) {
                    openLink(e.link);
                  }
                }}
              />
            ))}
          </MenuGroup>
        ))
      }
    />
  );
}
