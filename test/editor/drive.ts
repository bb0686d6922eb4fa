/**
 * Drives care-editor from the keyboard as an author would: focus a control,
 * then type, press Enter or Space, or pick with the arrow keys. `build`
 * enters a whole document into an empty editor that way, field by field,
 * following the content schema the form is drawn from.
 */
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../helpers.js';
import { anyOfBranch, pointer, taggedBranch, tagKeyOf, type Json, type JsonSchema } from '../../src/editor/document.js';
import { fieldId, type CareEditor } from '../../src/editor/editor.js';

export const control = <E extends HTMLElement = HTMLElement>(editor: CareEditor, id: string): E => {
  const found = editor.shadowRoot!.getElementById(id);
  if (!found) throw new Error(`no control #${id} in the editor`);
  return found as E;
};

/** The element that has focus, inside shadow roots. */
export const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

const settle = async (editor: CareEditor) => {
  await editor.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await editor.updateComplete;
};

/** Opens every closed block of an article, as an author would with Enter on its summary. */
export const openBlocks = async (editor: CareEditor) => {
  const blocks = [...editor.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.block:not([open])')];
  for (const block of blocks) block.querySelector('summary')!.click();
  // Each toggle event comes in a task of its own; the block's fields are drawn after it.
  await waitUntil(() => blocks.every((block) => block.querySelector(':scope > summary + *')), 'the blocks did not open');
  await settle(editor);
};

export const press = async (editor: CareEditor, id: string, key = 'Enter') => {
  control(editor, id).focus();
  await sendKeys({ press: key });
  await settle(editor);
};

/** Every text is typed key by key up to this length; the rest of a longer one is pasted, as authors do with long texts (typing it key by key would take minutes). */
const TYPED = 10;

/** Types into the focused text control, pasting past TYPED characters. */
export const typeText = async (editor: CareEditor, text: string) => {
  await sendKeys({ type: text.slice(0, TYPED) });
  if (text.length > TYPED) {
    const field = deepActive() as HTMLInputElement | HTMLTextAreaElement;
    const at = field.selectionEnd ?? field.value.length;
    field.setRangeText(text.slice(TYPED), at, at, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  }
  await settle(editor);
};

export const typeAt = async (editor: CareEditor, path: string, text: string) => {
  control(editor, fieldId(path)).focus();
  await typeText(editor, text);
};

/** Presses a key with modifiers held, such as `chord(['Control', 'Shift'], 'z')`. */
export const chord = async (modifiers: string[], key: string) => {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
};

/** Picks an option of a closed select with Home and Arrow Down. */
export const pickOption = async (editor: CareEditor, id: string, value: string) => {
  const select = control<HTMLSelectElement>(editor, id);
  const index = [...select.options].findIndex((option) => option.value === value);
  if (index < 0) throw new Error(`#${id} has no option ${value}`);
  select.focus();
  await sendKeys({ press: 'Home' });
  for (let step = 0; step < index; step++) await sendKeys({ press: 'ArrowDown' });
  await settle(editor);
  if (select.value !== value) throw new Error(`#${id}: picked ${select.value}, not ${value}`);
};

/** Enters `value` at `path` (absent from the editor's document so far) by keyboard. */
export const build = async (editor: CareEditor, schema: JsonSchema, value: Json, path = '', required = true): Promise<void> => {
  if (schema.oneOf) return build(editor, taggedBranch(schema, value)!, value, path);
  if (schema.anyOf) {
    const branch = anyOfBranch(schema, value);
    if (branch !== schema.anyOf[0]) {
      const radios = editor.shadowRoot!.getElementById(fieldId(path))!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(editor);
      if (branch.type === 'array' || branch.type === 'object') return build(editor, { ...branch, title: schema.title }, value, path);
    }
    control(editor, `${fieldId(path)}-text`).focus();
    return typeText(editor, typed(branch, value));
  }
  if (schema.type === 'object') {
    if (!required) await press(editor, fieldId(path));
    const object = value as Record<string, Json>;
    for (const [key, field] of Object.entries(schema.properties ?? {})) {
      if (field.const !== undefined || !Object.hasOwn(object, key)) continue;
      await build(editor, field, object[key]!, pointer(path, key), (schema.required ?? []).includes(key));
    }
    return;
  }
  if (schema.type === 'array') {
    const items = value as Json[];
    const itemSchema = schema.items!;
    for (const [index, item] of items.entries()) {
      if (itemSchema.oneOf) {
        await pickOption(editor, `${fieldId(path)}-type`, (item as Record<string, string>)[tagKeyOf(itemSchema)]!);
        // The add button follows the select.
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await settle(editor);
      } else await press(editor, `${fieldId(path)}-add`);
      await build(editor, itemSchema, item, pointer(path, index));
    }
    return;
  }
  if (schema.enum) {
    const id = fieldId(path);
    const group = editor.shadowRoot!.getElementById(id)!;
    if (group instanceof HTMLSelectElement) return pickOption(editor, id, value as string);
    const radio = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((each) => each.parentElement!.textContent!.trim() === value);
    radio!.focus();
    await sendKeys({ press: 'Space' });
    return settle(editor);
  }
  if (schema.type === 'boolean') {
    if (value === true) await press(editor, fieldId(path), 'Space');
    return;
  }
  return typeAt(editor, path, typed(schema, value));
};

/** What an author types for `value`: a proportion as its percentage. */
const typed = (schema: JsonSchema, value: Json) =>
  schema.type === 'number' && schema.minimum === 0 && schema.maximum === 1 ? String(Math.round((value as number) * 1e6) / 1e4) : String(value);

