// Option editors for bindings (a lazy chunk: module.js stays small). The form and the JSON/YAML
// code view edit the same document; the core compiles it and its messages (with paths) come back
// through instanceState. Nothing here interprets a binding.
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import { fieldReducers, type GrafanaTheme2, type SelectableValue, type StandardEditorProps } from '@grafana/data';
import { DataSourcePicker } from '@grafana/runtime';
import {
  Button,
  Checkbox,
  CodeEditor,
  IconButton,
  Input,
  RadioButtonGroup,
  Select,
  Switch,
  TextArea,
  UnitPicker,
  useStyles2,
} from '@grafana/ui';
import YAML from 'yaml';

import { startPicking, stopPicking, subscribePicking, type PickedCell } from '../bind/picker';
import type { CompileReport, Issue } from '../bind/types';
import type { Binding, BindingDoc, FaultlineInstanceState, FaultlineOptions, LinkSpec, MigrationState, TraceOptions } from '../types';
import { Inspector, ReportList } from './Inspector';

type Props<V> = StandardEditorProps<V, unknown, FaultlineOptions>;

function bindingsState(context: Props<unknown>['context']) {
  return (context.instanceState as FaultlineInstanceState | undefined)?.bindings;
}

const DEFAULT_LEVELS = ['ok', 'warn', 'crit'];

// ---------------------------------------------------------------------------------------------
// Small inputs

/** A text input that commits on blur or Enter (every keystroke would recompile the bindings). */
function Text({ value, onCommit, placeholder, testId, width }: { value?: string; onCommit: (v: string) => void; placeholder?: string; testId?: string; width?: number }) {
  const [draft, setDraft] = useState<string>();
  const commit = () => {
    if (draft !== undefined && draft !== (value ?? '')) {
      onCommit(draft);
    }
    setDraft(undefined);
  };
  return (
    <Input
      value={draft ?? value ?? ''}
      placeholder={placeholder}
      width={width}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      data-testid={testId}
    />
  );
}

function Num({ value, onCommit, placeholder, testId }: { value?: number; onCommit: (v: number | undefined) => void; placeholder?: string; testId?: string }) {
  return (
    <Text
      value={value === undefined || value === null ? '' : String(value)}
      placeholder={placeholder}
      testId={testId}
      width={10}
      onCommit={(v) => onCommit(v.trim() === '' ? undefined : Number(v))}
    />
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.row}>
      <span className={styles.rowLabel}>{label}</span>
      <div className={styles.rowBody}>{children}</div>
    </div>
  );
}

/** Object without the keys whose value is undefined or an empty string. */
function prune<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v !== undefined && v !== '') {
      out[k] = v;
    }
  }
  return out as T;
}

// ---------------------------------------------------------------------------------------------
// Selectors: cells and series

const CELL_KEYS: Array<SelectableValue<string>> = [
  { value: 'id', label: 'Cell id' },
  { value: 'label', label: 'Label' },
  { value: 'labelRegex', label: 'Label regex' },
  { value: 'idRegex', label: 'Id regex' },
  { value: 'attr', label: 'Attribute' },
  { value: 'tag', label: 'Tag' },
  { value: 'container', label: 'In container' },
];

const SERIES_KEYS: Array<SelectableValue<string>> = [
  { value: 'displayName', label: 'Display name' },
  { value: 'displayNameRegex', label: 'Display name regex' },
  { value: 'name', label: 'Name' },
  { value: 'nameRegex', label: 'Name regex' },
  { value: 'refId', label: 'Query (refId)' },
  { value: 'field', label: 'Field' },
];

function asText(v: unknown): string {
  return Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v);
}

function CellTarget({ cells, onChange, index }: { cells: Record<string, unknown>; onChange: (c: Record<string, unknown>) => void; index: number }) {
  const styles = useStyles2(getStyles);
  const [picking, setPicking] = useState(false);
  const onPick = useRef<(c: PickedCell) => void>();
  useEffect(() => subscribePicking((active) => !active && setPicking(false)), []);
  useEffect(() => () => stopPicking(onPick.current), []);
  const keys = Object.keys(cells).filter((k) => k !== 'kind' && k !== 'attr');
  const attr = (cells.attr && typeof cells.attr === 'object' ? cells.attr : {}) as Record<string, unknown>;
  const set = (k: string, v: unknown) => onChange(prune({ ...cells, [k]: v }));
  const remove = (k: string) => {
    const next = { ...cells };
    delete next[k];
    onChange(next);
  };
  const pickCell = () => {
    const cb = (c: PickedCell) => {
      setPicking(false);
      // The picked cell becomes the target: by id, or added to a list of ids.
      const ids = Array.isArray(cells.id) ? [...(cells.id as string[]).filter((x) => x !== c.id), c.id] : c.id;
      onChange({ ...cells, id: ids });
    };
    onPick.current = cb;
    setPicking(true);
    startPicking(cb);
  };
  return (
    <>
      {keys.map((k) => (
        <div key={k} className={styles.inline}>
          <Select
            width={18}
            options={CELL_KEYS}
            value={k}
            onChange={(o) => {
              const next: Record<string, unknown> = {};
              for (const [kk, vv] of Object.entries(cells)) {
                next[kk === k ? o.value! : kk] = vv;
              }
              onChange(next);
            }}
          />
          <Text
            value={asText(cells[k])}
            testId={`faultline-binding-${index}-cells-${k}`}
            onCommit={(v) => set(k, k === 'id' && v.includes(',') ? v.split(',').map((s) => s.trim()).filter(Boolean) : v)}
          />
          <IconButton name="trash-alt" size="sm" tooltip="Remove" onClick={() => remove(k)} />
        </div>
      ))}
      {Object.entries(attr).map(([ak, av]) => (
        <div key={`attr-${ak}`} className={styles.inline}>
          <span className={styles.muted}>attribute</span>
          <Text
            value={ak}
            width={14}
            onCommit={(nk) => {
              const next = { ...attr };
              delete next[ak];
              next[nk] = av;
              set('attr', next);
            }}
          />
          <span>=</span>
          <Text value={asText(av)} placeholder="value, or * when present" onCommit={(v) => set('attr', { ...attr, [ak]: v })} />
          <IconButton
            name="trash-alt"
            size="sm"
            tooltip="Remove"
            onClick={() => {
              const next = { ...attr };
              delete next[ak];
              Object.keys(next).length ? set('attr', next) : remove('attr');
            }}
          />
        </div>
      ))}
      <div className={styles.inline}>
        <Select
          width={22}
          placeholder="Add a selector"
          options={CELL_KEYS.filter((o) => o.value === 'attr' || !(o.value! in cells))}
          value={null}
          onChange={(o) => (o.value === 'attr' ? set('attr', { ...attr, service: '*' }) : set(o.value!, ''))}
        />
        <Select
          width={16}
          options={[
            { value: '', label: 'Any kind' },
            { value: 'vertex', label: 'Vertices' },
            { value: 'edge', label: 'Edges' },
          ]}
          value={(cells.kind as string) ?? ''}
          onChange={(o) => set('kind', o.value || undefined)}
        />
        <Button
          size="sm"
          variant={picking ? 'primary' : 'secondary'}
          icon="crosshair"
          onClick={() => (picking ? stopPicking(onPick.current) : pickCell())}
          data-testid={`faultline-binding-${index}-pick`}
        >
          {picking ? 'Click a cell…' : 'Pick'}
        </Button>
      </div>
    </>
  );
}

function SeriesMatcher({ series, onChange, index }: { series: Record<string, unknown>; onChange: (s: Record<string, unknown>) => void; index: number }) {
  const styles = useStyles2(getStyles);
  const keys = Object.keys(series).filter((k) => k !== 'labels');
  const labels = (series.labels && typeof series.labels === 'object' ? series.labels : {}) as Record<string, unknown>;
  const set = (k: string, v: unknown) => onChange(prune({ ...series, [k]: v }));
  return (
    <>
      {keys.map((k) => (
        <div key={k} className={styles.inline}>
          <Select
            width={22}
            options={SERIES_KEYS}
            value={k}
            onChange={(o) => {
              const next: Record<string, unknown> = {};
              for (const [kk, vv] of Object.entries(series)) {
                next[kk === k ? o.value! : kk] = vv;
              }
              onChange(next);
            }}
          />
          <Text value={asText(series[k])} testId={`faultline-binding-${index}-series-${k}`} onCommit={(v) => set(k, v)} />
          <IconButton
            name="trash-alt"
            size="sm"
            tooltip="Remove"
            onClick={() => {
              const next = { ...series };
              delete next[k];
              onChange(next);
            }}
          />
        </div>
      ))}
      {Object.entries(labels).map(([lk, lv]) => (
        <div key={`l-${lk}`} className={styles.inline}>
          <span className={styles.muted}>label</span>
          <Text
            value={lk}
            width={14}
            onCommit={(nk) => {
              const next = { ...labels };
              delete next[lk];
              next[nk] = lv;
              set('labels', next);
            }}
          />
          <span>=</span>
          <Text value={asText(lv)} placeholder="value or ${cell.service}" testId={`faultline-binding-${index}-label-${lk}`} onCommit={(v) => set('labels', { ...labels, [lk]: v })} />
          <IconButton
            name="trash-alt"
            size="sm"
            tooltip="Remove"
            onClick={() => {
              const next = { ...labels };
              delete next[lk];
              set('labels', Object.keys(next).length ? next : undefined);
            }}
          />
        </div>
      ))}
      <Select
        width={22}
        placeholder="Add a matcher"
        options={[...SERIES_KEYS.filter((o) => !(o.value! in series)), { value: 'labels', label: 'Label' }]}
        value={null}
        onChange={(o) => (o.value === 'labels' ? set('labels', { ...labels, service: '${cell.service}' }) : set(o.value!, ''))}
      />
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// One binding

const COLOR_TARGETS = ['fill', 'stroke', 'font', 'labelBackground', 'labelBorder', 'gradient', 'imageBackground', 'imageBorder'];
const WHEN: Array<SelectableValue<string>> = [
  { value: 'always', label: 'Always' },
  { value: 'notOk', label: 'When not ok' },
  { value: 'crit', label: 'When critical' },
];
const TEXT_MODES: Array<SelectableValue<string>> = [
  { value: '', label: 'Off' },
  { value: 'replace', label: 'Replace' },
  { value: 'regex', label: 'Replace match' },
  { value: 'append', label: 'Append' },
  { value: 'appendLine', label: 'New line' },
];

function Thresholds({ value, levels, onChange, index }: { value: Binding['thresholds']; levels: string[]; onChange: (t: Binding['thresholds']) => void; index: number }) {
  const styles = useStyles2(getStyles);
  const t = value ?? {};
  const type = t.type ?? 'number';
  const steps = Array.isArray(t.steps) ? t.steps : [];
  const text = type === 'text';
  const setStep = (i: number, s: Record<string, unknown>) => onChange({ ...t, type, steps: steps.map((x, j) => (j === i ? s : x)) });
  return (
    <>
      <div className={styles.inline}>
        <RadioButtonGroup
          size="sm"
          options={[
            { value: 'number', label: 'Number' },
            { value: 'text', label: 'Text' },
            { value: 'age', label: 'Age' },
            { value: 'date', label: 'Date' },
          ]}
          value={type}
          onChange={(v) => onChange({ ...t, type: v })}
        />
        {(type === 'number' || type === 'age') && (
          <RadioButtonGroup
            size="sm"
            options={[
              { value: 'ge', label: '≥' },
              { value: 'gt', label: '>' },
            ]}
            value={t.op ?? 'ge'}
            onChange={(v) => onChange({ ...t, op: v })}
          />
        )}
        {type === 'number' && (
          <label className={styles.inline}>
            <Switch value={!!t.invert} onChange={(e) => onChange({ ...t, invert: e.currentTarget.checked || undefined })} /> lower is worse
          </label>
        )}
      </div>
      {steps.map((s, i) => (
        <div key={i} className={styles.inline}>
          <Text
            value={asText(text ? s.regex : s.value)}
            placeholder={text ? 'regex' : type === 'age' ? 'e.g. 5m' : 'value'}
            testId={`faultline-binding-${index}-step-${i}`}
            width={16}
            onCommit={(v) => setStep(i, text ? { ...s, regex: v } : { ...s, value: type === 'number' && v.trim() !== '' && !isNaN(Number(v)) ? Number(v) : v })}
          />
          <Select width={14} options={levels.map((l) => ({ value: l, label: l }))} value={(s.level as string) ?? null} allowCustomValue onChange={(o) => setStep(i, { ...s, level: o.value })} />
          <IconButton name="trash-alt" size="sm" tooltip="Remove step" onClick={() => onChange({ ...t, type, steps: steps.filter((_, j) => j !== i) })} />
        </div>
      ))}
      <Button size="sm" variant="secondary" fill="text" icon="plus" onClick={() => onChange({ ...t, type, steps: [...steps, text ? { regex: '', level: 'crit' } : { value: 0, level: steps.length ? 'crit' : 'warn' }] })}>
        Step
      </Button>
    </>
  );
}

function Links({ links, onChange, testPrefix }: { links: LinkSpec[]; onChange: (l: LinkSpec[] | undefined) => void; testPrefix: string }) {
  const styles = useStyles2(getStyles);
  const set = (i: number, l: LinkSpec) => onChange(links.map((x, j) => (j === i ? l : x)));
  return (
    <>
      {links.map((l, i) => (
        <div key={i} className={styles.inline}>
          <Text value={l.title} placeholder="Title" width={14} onCommit={(v) => set(i, { ...l, title: v })} />
          <Text value={l.url} placeholder="https://…/${__cell.service}?from=${__from}" testId={`${testPrefix}-${i}-url`} onCommit={(v) => set(i, { ...l, url: v })} />
          <Checkbox label="new tab" value={!!l.newTab} onChange={(e) => set(i, { ...l, newTab: e.currentTarget.checked })} />
          <IconButton name="trash-alt" size="sm" tooltip="Remove link" onClick={() => onChange(links.length > 1 ? links.filter((_, j) => j !== i) : undefined)} />
        </div>
      ))}
      <Button size="sm" variant="secondary" fill="text" icon="plus" onClick={() => onChange([...links, { title: '', url: '', newTab: false }])}>
        Link
      </Button>
    </>
  );
}

function BindingForm({ b, index, levels, issues, onChange, onRemove }: { b: Binding; index: number; levels: string[]; issues: Issue[]; onChange: (b: Binding) => void; onRemove: () => void }) {
  const styles = useStyles2(getStyles);
  const [open, setOpen] = useState(false);
  const reducers = useMemo(() => fieldReducers.list().map((r) => ({ value: r.id, label: r.name, description: r.description })), []);
  const set = <K extends keyof Binding>(k: K, v: Binding[K] | undefined) => onChange(prune({ ...b, [k]: v }) as Binding);
  const color = b.color ?? {};
  const text = b.text ?? {};
  const edge = (b.edge ?? {}) as Record<string, any>;
  return (
    <div className={cx(styles.card, issues.length > 0 && styles.cardError)} data-testid={`faultline-binding-${index}`}>
      <div className={styles.cardHead}>
        <IconButton name={open ? 'angle-down' : 'angle-right'} size="sm" aria-label={open ? 'Collapse' : 'Expand'} onClick={() => setOpen(!open)} />
        <Text value={b.id} placeholder={`binding-${index + 1}`} testId={`faultline-binding-${index}-id`} onCommit={(v) => set('id', v)} />
        {issues.length > 0 && <span className={styles.error}>{issues.length} problem{issues.length === 1 ? '' : 's'}</span>}
        <IconButton name="trash-alt" size="sm" tooltip="Remove binding" onClick={onRemove} data-testid={`faultline-binding-${index}-remove`} />
      </div>
      {issues.map((i, k) => (
        <div key={k} className={styles.error}>
          {i.path}: {i.message}
        </div>
      ))}
      {open && (
        <div className={styles.cardBody}>
          <Row label="Cells">
            <CellTarget cells={b.cells ?? {}} index={index} onChange={(c) => set('cells', c)} />
          </Row>
          <Row label="Series">
            <SeriesMatcher series={b.series ?? {}} index={index} onChange={(s) => set('series', s)} />
          </Row>
          <Row label="Reducer">
            <Select width={24} options={reducers} value={b.reducer ?? 'last'} onChange={(o) => set('reducer', o.value)} />
          </Row>
          <Row label="Thresholds">
            <Thresholds value={b.thresholds} levels={levels} index={index} onChange={(t) => set('thresholds', t)} />
          </Row>
          <Row label="Colour">
            <div className={styles.wrap}>
              {COLOR_TARGETS.map((c) => (
                <Checkbox
                  key={c}
                  label={c}
                  value={(color.targets ?? []).includes(c)}
                  onChange={(e) => {
                    const targets = e.currentTarget.checked ? [...(color.targets ?? []), c] : (color.targets ?? []).filter((x) => x !== c);
                    set('color', targets.length ? { ...color, targets } : undefined);
                  }}
                />
              ))}
            </div>
            <Select width={20} options={WHEN} value={color.when ?? 'always'} onChange={(o) => set('color', { ...color, targets: color.targets ?? ['fill'], when: o.value })} />
          </Row>
          <Row label="Text">
            <div className={styles.inline}>
              <Select width={18} options={TEXT_MODES} value={text.mode ?? ''} onChange={(o) => set('text', o.value ? { ...text, mode: o.value } : undefined)} />
              {text.mode && <Select width={18} options={WHEN} value={text.when ?? 'always'} onChange={(o) => set('text', { ...text, when: o.value })} />}
            </div>
            {text.mode && (
              <>
                {text.mode === 'regex' && <Text value={text.pattern} placeholder="regex to replace" onCommit={(v) => set('text', prune({ ...text, pattern: v }))} />}
                <Text value={text.format} placeholder="${__value}" testId={`faultline-binding-${index}-text-format`} onCommit={(v) => set('text', prune({ ...text, format: v }))} />
                <div className={styles.inline}>
                  <UnitPicker value={text.unit} onChange={(u) => set('text', prune({ ...text, unit: u }))} />
                  <Num value={text.decimals} placeholder="decimals" onCommit={(d) => set('text', prune({ ...text, decimals: d }))} />
                </div>
              </>
            )}
          </Row>
          <Row label="Edges">
            <div className={styles.inline}>
              <Checkbox label="colour" value={!!edge.color} onChange={(e) => set('edge', prune({ ...edge, color: e.currentTarget.checked || undefined }))} />
              <span className={styles.muted}>flow speed from</span>
              <Num value={edge.flow?.speedFrom} onCommit={(v) => set('edge', prune({ ...edge, flow: v === undefined && edge.flow?.speedTo === undefined ? undefined : prune({ ...edge.flow, speedFrom: v }) }))} />
              <span className={styles.muted}>to</span>
              <Num value={edge.flow?.speedTo} onCommit={(v) => set('edge', prune({ ...edge, flow: v === undefined && edge.flow?.speedFrom === undefined ? undefined : prune({ ...edge.flow, speedTo: v }) }))} />
            </div>
          </Row>
          <Row label="Blink">
            <RadioButtonGroup
              size="sm"
              options={[
                { value: 'off', label: 'Never' },
                { value: 'crit', label: 'Critical' },
                { value: 'notOk', label: 'Not ok' },
              ]}
              value={typeof b.blink === 'string' ? b.blink : 'off'}
              onChange={(v) => set('blink', v === 'off' ? undefined : v)}
            />
          </Row>
          <Row label="Links">
            <Links links={b.links ?? []} testPrefix={`faultline-binding-${index}-link`} onChange={(l) => set('links', l)} />
          </Row>
          <Row label="Tooltip">
            <Switch value={b.tooltip !== false} onChange={(e) => set('tooltip', e.currentTarget.checked ? undefined : false)} />
          </Row>
        </div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Code view

type Mode = 'form' | 'json' | 'yaml';

function toText(doc: BindingDoc | undefined, mode: 'json' | 'yaml'): string {
  const d = doc ?? { version: 1, bindings: [] };
  return mode === 'yaml' ? YAML.stringify(d) : JSON.stringify(d, null, 2);
}

/** Parses the text; a syntax error comes back as a one-line message with its line. */
export function parseDoc(text: string, mode: 'json' | 'yaml'): { doc?: BindingDoc; error?: string } {
  if (!text.trim()) {
    return { doc: { version: 1, bindings: [] } };
  }
  try {
    const v = mode === 'yaml' ? YAML.parse(text, { maxAliasCount: 1000 }) : JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      return { error: `${mode.toUpperCase()}: the document must be an object ({"version": 1, "bindings": [...]})` };
    }
    return { doc: v as BindingDoc };
  } catch (e) {
    let msg = (e as Error).message.split('\n')[0];
    const pos = /position (\d+)/.exec(msg);
    if (pos && !/line \d+/.test(msg)) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      msg += ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
    }
    return { error: `${mode.toUpperCase()}: ${msg}` };
  }
}

/** Monaco in Grafana; a plain textarea where it cannot load (the playground, tests). */
function useMonaco(): boolean {
  const w = window as unknown as { grafanaBootData?: { settings?: { buildInfo?: { commit?: string } } }; __faultlinePlainEditor?: boolean };
  return !w.__faultlinePlainEditor && w.grafanaBootData?.settings?.buildInfo?.commit !== 'playground';
}

function CodeView({ value, mode, onChange, height }: { value?: BindingDoc; mode: 'json' | 'yaml'; onChange: (d: BindingDoc) => void; height: number }) {
  const styles = useStyles2(getStyles);
  const monaco = useMonaco();
  const committed = useRef(value);
  const [text, setText] = useState(() => toText(value, mode));
  const [syntax, setSyntax] = useState<string>();
  // Follow outside changes (the form, the picker) unless they are what this view just committed.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(toText(value, mode));
      setSyntax(undefined);
    }
  }, [value, mode]);
  const timer = useRef<number>();
  const edit = (t: string) => {
    setText(t);
    window.clearTimeout(timer.current);
    // Parsed and committed after a short pause; the core's messages follow from the panel.
    timer.current = window.setTimeout(() => {
      const r = parseDoc(t, mode);
      setSyntax(r.error);
      if (r.doc) {
        committed.current = r.doc;
        onChange(r.doc);
      }
    }, 350);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <div data-testid="faultline-bindings-code" data-mode={mode}>
      {monaco ? (
        <CodeEditor value={text} language={mode} height={height} showLineNumbers showMiniMap={false} onChange={edit} onBlur={edit} />
      ) : (
        <TextArea className={styles.code} rows={Math.round(height / 17)} spellCheck={false} value={text} onChange={(e) => edit(e.currentTarget.value)} data-testid="faultline-bindings-text" />
      )}
      {syntax && (
        <div className={styles.error} role="alert" data-testid="faultline-bindings-syntax">
          {syntax}
        </div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// The editors Grafana shows

export function BindingsEditor({ value, onChange, context }: Props<BindingDoc | undefined>) {
  const styles = useStyles2(getStyles);
  const [mode, setMode] = useState<Mode>('form');
  const state = bindingsState(context);
  const report: CompileReport | undefined = state?.report;
  const doc: BindingDoc = value ?? { version: 1, bindings: [] };
  const list = Array.isArray(doc.bindings) ? doc.bindings : [];
  const levels = Array.isArray(doc.levels) && doc.levels.length ? doc.levels.map((l) => l.name) : DEFAULT_LEVELS;
  const issuesOf = (i: number) => (report?.errors ?? []).filter((e) => e.path === `bindings[${i}]` || e.path.startsWith(`bindings[${i}].`));
  const setList = (bindings: Binding[]) => onChange({ version: 1, ...doc, bindings });
  return (
    <div className={styles.stack} data-testid="faultline-bindings-editor">
      <RadioButtonGroup
        size="sm"
        options={[
          { value: 'form', label: 'Form' },
          { value: 'json', label: 'JSON' },
          { value: 'yaml', label: 'YAML' },
        ]}
        value={mode}
        onChange={setMode}
      />
      {!state && <div className={styles.muted}>The panel validates bindings once the diagram is drawn.</div>}
      {state && report && (
        <div className={report.ok ? styles.muted : undefined} data-testid="faultline-bindings-status">
          {report.ok ? `${report.bindings ?? list.length} binding${(report.bindings ?? list.length) === 1 ? '' : 's'} compiled` : `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}`}
        </div>
      )}
      {mode !== 'form' && <ReportList report={report} dataError={state?.dataError} />}
      {mode === 'form' ? (
        <>
          {list.map((b, i) => (
            <BindingForm
              key={i}
              b={b}
              index={i}
              levels={levels}
              issues={issuesOf(i)}
              onChange={(nb) => setList(list.map((x, j) => (j === i ? nb : x)))}
              onRemove={() => setList(list.filter((_, j) => j !== i))}
            />
          ))}
          {(report?.errors ?? []).filter((e) => !/^bindings\[\d+\]/.test(e.path)).map((e, i) => (
            <div key={i} className={styles.error}>
              {e.path ? `${e.path}: ` : ''}
              {e.message}
            </div>
          ))}
          <Button
            size="sm"
            variant="secondary"
            icon="plus"
            data-testid="faultline-binding-add"
            onClick={() =>
              setList([
                ...list,
                { id: `binding-${list.length + 1}`, cells: { attr: { service: '*' } }, series: { labels: { service: '${cell.service}' } }, reducer: 'last', color: { targets: ['fill'] } },
              ])
            }
          >
            Add binding
          </Button>
        </>
      ) : (
        <CodeView key={mode} value={value} mode={mode} onChange={onChange} height={360} />
      )}
    </div>
  );
}

const TRACE_TYPES = ['tempo', 'jaeger', 'zipkin'];

export function TracesEditor({ value, onChange }: Props<TraceOptions | undefined>) {
  const styles = useStyles2(getStyles);
  const t = value ?? {};
  const [mapText, setMapText] = useState<string>();
  const map = Object.entries(t.labelMap ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
  return (
    <div className={styles.stack} data-testid="faultline-traces-editor">
      <DataSourcePicker
        current={t.datasourceUid ?? null}
        type={TRACE_TYPES}
        noDefault
        placeholder="Tempo, Jaeger or Zipkin"
        onChange={(ds) => onChange({ ...t, datasourceUid: ds.uid, type: ds.type })}
        onClear={() => onChange(undefined)}
      />
      <Row label="Service attribute">
        <Text value={t.serviceAttr ?? ''} placeholder="service" onCommit={(v) => onChange(prune({ ...t, serviceAttr: v }))} />
      </Row>
      <Row label="Label → service">
        <TextArea
          rows={3}
          className={styles.code}
          placeholder={'Checkout=checkout-svc\none per line: cell label (or id)=service'}
          value={mapText ?? map}
          onChange={(e) => setMapText(e.currentTarget.value)}
          onBlur={() => {
            if (mapText === undefined) {
              return;
            }
            const labelMap: Record<string, string> = {};
            for (const line of mapText.split('\n')) {
              const i = line.indexOf('=');
              if (i > 0) {
                labelMap[line.slice(0, i).trim()] = line.slice(i + 1).trim();
              }
            }
            setMapText(undefined);
            onChange(prune({ ...t, labelMap: Object.keys(labelMap).length ? labelMap : undefined }));
          }}
        />
      </Row>
    </div>
  );
}

export function InspectorEditor({ context }: Props<unknown>) {
  const state = bindingsState(context);
  const inspection = useMemo(() => state?.inspect(), [state]);
  if (!state) {
    return <div>Draw the diagram to inspect its bindings.</div>;
  }
  return <Inspector inspection={inspection} report={state.report} dataError={state.dataError} timing={state.timing} />;
}

export function MigrationEditor({ value, onChange }: Props<MigrationState | undefined>) {
  const styles = useStyles2(getStyles);
  if (!value) {
    return null;
  }
  return (
    <div className={styles.stack} data-testid="faultline-migration-editor">
      <div>
        {value.pending ? 'Importing from ' : 'Imported from '}
        <code>{value.from}</code>
        {value.imported && (value.report?.length ? `: ${value.report.length} item(s) not carried over` : ': everything carried over')}
      </div>
      {!!value.report?.length && (
        <ul className={styles.list}>
          {value.report.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
      {value.imported && (
        <Button size="sm" variant="secondary" onClick={() => onChange(undefined)}>
          Clear the import report
        </Button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  stack: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  inline: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), flexWrap: 'wrap' }),
  wrap: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5, 1.5) }),
  row: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'flex-start', padding: theme.spacing(0.5, 0) }),
  rowLabel: css({ width: 80, flexShrink: 0, paddingTop: 6, color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  rowBody: css({ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) }),
  card: css({ border: `1px solid ${theme.colors.border.weak}`, borderRadius: theme.shape.radius.default, padding: theme.spacing(0.5, 1) }),
  cardError: css({ borderColor: theme.colors.error.border }),
  cardHead: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) }),
  cardBody: css({ borderTop: `1px solid ${theme.colors.border.weak}`, marginTop: theme.spacing(0.5) }),
  code: css({ fontFamily: theme.typography.fontFamilyMonospace, fontSize: theme.typography.bodySmall.fontSize }),
  error: css({ color: theme.colors.error.text, fontSize: theme.typography.bodySmall.fontSize, wordBreak: 'break-word' }),
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  list: css({ margin: 0, paddingLeft: theme.spacing(2) }),
});
