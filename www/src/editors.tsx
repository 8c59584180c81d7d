// Grafana fills @grafana/data's standardEditorsRegistry at start-up (app/core/components/OptionsUI);
// the builder's addRadio/addTextInput/... look their editors up there. These are small stand-ins
// built from the same @grafana/ui inputs.
import React, { useState } from 'react';
import {
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  FieldConfigProperty,
  numberOverrideProcessor,
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  type FieldConfigPropertyItem,
  type StandardEditorProps,
  type StandardEditorsRegistryItem,
} from '@grafana/data';
import { Input, RadioButtonGroup, Select, Slider, Switch } from '@grafana/ui';

function TextEditor({ value, onChange, item }: StandardEditorProps<string, any>) {
  const [draft, setDraft] = useState<string | undefined>();
  const commit = () => {
    if (draft !== undefined && draft !== value) {
      onChange(draft);
    }
    setDraft(undefined);
  };
  return (
    <Input
      value={draft ?? value ?? ''}
      placeholder={item.settings?.placeholder}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      data-testid={`pg-editor-${item.id}`}
    />
  );
}

function NumberEditor({ value, onChange, item }: StandardEditorProps<number, any>) {
  return (
    <Input
      type="number"
      defaultValue={value}
      min={item.settings?.min}
      max={item.settings?.max}
      step={item.settings?.step}
      onBlur={(e) => onChange(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
    />
  );
}

function SliderEditor({ value, onChange, item, id }: StandardEditorProps<number, any> & { id?: string }) {
  const s = item.settings ?? {};
  return (
    <div data-testid={`pg-editor-${item.id}`}>
      <Slider inputId={id ?? item.id} min={s.min ?? 0} max={s.max ?? 100} step={s.step ?? 1} value={value ?? s.min ?? 0} onChange={(v) => onChange(v)} />
    </div>
  );
}

function RadioEditor({ value, onChange, item }: StandardEditorProps<any, any>) {
  return (
    <div data-testid={`pg-editor-${item.id}`}>
      <RadioButtonGroup options={item.settings?.options ?? []} value={value} onChange={onChange} />
    </div>
  );
}

function SelectEditor({ value, onChange, item }: StandardEditorProps<any, any>) {
  return <Select options={item.settings?.options ?? []} value={value} onChange={(o) => onChange(o?.value)} />;
}

function BooleanEditor({ value, onChange }: StandardEditorProps<boolean>) {
  return <Switch value={!!value} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

export function registerStandardEditors(): void {
  const items: StandardEditorsRegistryItem[] = [
    { id: 'text', name: 'Text', editor: TextEditor as any },
    { id: 'number', name: 'Number', editor: NumberEditor as any },
    { id: 'slider', name: 'Slider', editor: SliderEditor as any },
    { id: 'radio', name: 'Radio', editor: RadioEditor as any },
    { id: 'select', name: 'Select', editor: SelectEditor as any },
    { id: 'boolean', name: 'Boolean', editor: BooleanEditor as any },
  ];
  standardEditorsRegistry.setInit(() => items);
}

/**
 * Grafana also registers its standard field options at start-up; applyFieldOverrides (what the query
 * runner does before a panel sees the frames) needs them for units, decimals, display names and data links.
 */
export function registerStandardFieldConfigs(): void {
  const none = () => null;
  const item = (id: string, process: any, extra: Partial<FieldConfigPropertyItem> = {}): FieldConfigPropertyItem =>
    ({ id, path: id, name: id, editor: none, override: none, process, shouldApply: () => true, ...extra }) as FieldConfigPropertyItem;
  standardFieldConfigEditorRegistry.setInit(() => [
    item(FieldConfigProperty.Unit, stringOverrideProcessor),
    item(FieldConfigProperty.Decimals, numberOverrideProcessor),
    item(FieldConfigProperty.DisplayName, displayNameOverrideProcessor),
    item(FieldConfigProperty.Links, dataLinksOverrideProcessor),
    item(FieldConfigProperty.Min, numberOverrideProcessor),
    item(FieldConfigProperty.Max, numberOverrideProcessor),
    item(FieldConfigProperty.Thresholds, (v: unknown) => v),
    item(FieldConfigProperty.Mappings, (v: unknown) => v),
    item(FieldConfigProperty.Color, (v: unknown) => v),
    item(FieldConfigProperty.NoValue, stringOverrideProcessor),
  ]);
}
