// JSX typings for Preact. Load them once, for example with
// `import type {} from 'care-elements/jsx/preact';` in your app's entry file.
import type { JSX } from 'preact';
import type { CareElementEvents, CareElementProps } from '../dist/types/jsx.js';

type Tag = keyof CareElementProps;
type Element<T extends Tag> = HTMLElementTagNameMap[T];
// Preact sets a prop as a property when the element has one (so `content` takes an object)
// and listens for an `on<event-name>` prop's event.
type Handlers<T extends Tag> = {
  [E in keyof CareElementEvents[T] & string as `on${E}`]?: (event: CareElementEvents[T][E]) => void;
};
type CareElements = {
  [T in Tag]: Omit<JSX.HTMLAttributes<Element<T>>, keyof CareElementProps[T]> & CareElementProps[T] & Handlers<T>;
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CareElements {}
  }
}
