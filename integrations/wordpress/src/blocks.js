// The block editor side of every care element, written against WordPress's `wp`
// globals (WordPress 6.1 and later). The block's attributes hold the content JSON and
// the element's options; it saves the element around a plain HTML copy of the content.
import { fallback } from './fallback.js';

const { registerBlockType, getBlockType } = wp.blocks;
const { createElement: el, Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } = wp.element;
const { InspectorControls, useBlockProps } = wp.blockEditor;
const { Button, Modal, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
const { dispatch } = wp.data;
const { __, sprintf } = wp.i18n;

const tagOf = (name) => `care-${name.slice('care-elements/'.length)}`;
const optionsOf = (name) => Object.entries(getBlockType(name).attributes).filter(([, definition]) => definition.careOption);

/** The element's options as written on it, as the server writes them when the page is rendered. */
const elementAttributes = (name, attributes) => {
  const written = {};
  for (const [key, definition] of optionsOf(name)) {
    const value = attributes[key];
    if (value === true) written[definition.careOption] = '';
    else if (typeof value === 'string' && value !== '') written[definition.careOption] = value;
  }
  return written;
};

const optionControl = (key, definition, value, setAttributes) => {
  const { careLabel: label, careHelp: help } = definition;
  const change = (next) => setAttributes({ [key]: next });
  if (definition.type === 'boolean') return el(ToggleControl, { key, label, help, checked: Boolean(value), onChange: change });
  if (definition.enum) {
    return el(SelectControl, { key, label, help, value: value ?? '', options: [{ label: __('Default', 'care-elements'), value: '' }, ...definition.enum.map((option) => ({ label: option, value: option }))], onChange: change });
  }
  return el(TextControl, { key, label, help, value: value ?? '', onChange: change });
};

/**
 * Publishing waits while any block's content has errors; the notice names the block and the field.
 * The element checks its content as soon as it gets it, so it gets it here, after the listeners:
 * from a callback ref (the block editor can replace the element without rendering the block
 * anew) and whenever the content changes.
 */
const useElementContent = (clientId, title, json) => {
  const lockName = `care-elements-${clientId}`;
  const unlock = () => {
    dispatch('core/editor').unlockPostSaving(lockName);
    dispatch('core/notices').removeNotice(lockName);
  };
  const onError = (event) => {
    const problems = (event.detail?.errors ?? []).map((error) => `${error.path || '/'}: ${error.message}`).join('; ');
    dispatch('core/editor').lockPostSaving(lockName);
    dispatch('core/notices').createErrorNotice(sprintf(__('%1$s block: fix its content before publishing (%2$s).', 'care-elements'), title, problems), { id: lockName, isDismissible: false });
  };
  const listened = useRef();
  const latest = useRef(json);
  latest.current = json;
  useEffect(() => () => unlock(), [clientId]);
  useLayoutEffect(() => listened.current?.setAttribute('content', json), [json]);
  return useCallback((node) => {
    listened.current?.removeEventListener('care-content-error', onError);
    listened.current?.removeEventListener('care-content-load', unlock);
    listened.current = node;
    node?.addEventListener('care-content-error', onError);
    node?.addEventListener('care-content-load', unlock);
    node?.setAttribute('content', latest.current);
  }, [clientId]);
};

const TABBABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [href], [tabindex]:not([tabindex="-1"])';

/** The last control Tab reaches in `root`, shadow roots (the editor's preview) included. */
const lastControl = (root) => {
  for (const node of [...root.querySelectorAll('*')].reverse()) {
    const inside = node.shadowRoot && lastControl(node.shadowRoot);
    if (inside) return inside;
    if (node.matches(TABBABLE) && node.getClientRects().length) return node;
  }
  return undefined;
};

/**
 * `<care-editor>` in a modal: the content's form, its checks and its preview.
 * The modal keeps Tab inside itself by the controls it can see, and it sees none
 * in the editor's shadow root, so Tab there would jump back to its Close button:
 * inside the editor the browser's own order is kept, and a stop after the editor
 * closes the loop (forward to Close, backward to the editor's last control).
 */
const ContentEditor = ({ tag, content, onChange, onClose, title }) => {
  const editor = useRef();
  useEffect(() => {
    const node = editor.current;
    node.value = content ?? {};
    const onInput = () => onChange(node.value);
    const keepTab = (event) => event.key === 'Tab' && event.stopPropagation();
    node.addEventListener('input', onInput);
    node.addEventListener('keydown', keepTab);
    return () => {
      node.removeEventListener('input', onInput);
      node.removeEventListener('keydown', keepTab);
    };
  }, []);
  const wrapFocus = (event) => {
    const node = editor.current;
    const target = event.relatedTarget === node ? event.currentTarget.closest('.components-modal__frame')?.querySelector('.components-modal__header button') : lastControl(node.shadowRoot);
    // After this focus event: moved within it, the dialog would hear the blur without the focus, and close.
    setTimeout(() => target?.focus());
  };
  return el(Modal, { title: sprintf(__('%s content', 'care-elements'), title), onRequestClose: onClose, className: 'care-elements-modal', isFullScreen: true },
    el('care-editor', { ref: editor, element: tag, 'no-autosave': '' }),
    el('div', { tabIndex: 0, onFocus: wrapFocus }));
};

const edit = (name) =>
  function Edit({ attributes, setAttributes, clientId }) {
    const tag = tagOf(name);
    const { title } = getBlockType(name);
    const [editing, setEditing] = useState(false);
    const element = useElementContent(clientId, title, JSON.stringify(attributes.content ?? {}));
    return el(Fragment, null,
      el(InspectorControls, null,
        el(PanelBody, { title: __('Content', 'care-elements') },
          el(Button, { variant: 'secondary', onClick: () => setEditing(true) }, __('Edit content', 'care-elements'))),
        el(PanelBody, { title: __('Settings', 'care-elements') },
          ...optionsOf(name).map(([key, definition]) => optionControl(key, definition, attributes[key], setAttributes)))),
      el('div', useBlockProps(),
        // In the editor the feedback form shows what readers will see; its answers go nowhere from here.
        el(tag, { ref: element, ...elementAttributes(name, attributes), ...(tag === 'care-feedback' ? { collect: 'event' } : {}) }),
        el(Button, { variant: 'secondary', onClick: () => setEditing(true) }, __('Edit content', 'care-elements'))),
      editing && el(ContentEditor, { tag, title, content: attributes.content, onChange: (content) => setAttributes({ content }), onClose: () => setEditing(false) }));
  };

const save = (name) =>
  function Save({ attributes }) {
    const tag = tagOf(name);
    return el(tag, useBlockProps.save(), ...fallback(el, tag, attributes.content, attributes.headingLevel ? Number(attributes.headingLevel) : 2));
  };

// CARE_BLOCKS: the block names, written in by the build from the blocks' block.json files.
for (const name of CARE_BLOCKS) registerBlockType(name, { edit: edit(name), save: save(name) });
