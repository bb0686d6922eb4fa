// JSX typings for Solid. Load them once, for example with
// `import type {} from 'care-elements/jsx/solid';` in your app's entry file.
import type { JSX } from 'solid-js';
import type { CareElementEvents, CareElementProps } from '../dist/types/jsx.js';

type Tag = keyof CareElementProps;
type Element<T extends Tag> = HTMLElementTagNameMap[T];
// Solid sets a prop on a custom element as a property (so `content` takes an object)
// and listens for an `on:<event-name>` prop's event.
type Handlers<T extends Tag> = {
  [E in keyof CareElementEvents[T] & string as `on:${E}`]?: (event: CareElementEvents[T][E]) => void;
};
type CareElements = {
  [T in Tag]: Omit<JSX.HTMLAttributes<Element<T>>, keyof CareElementProps[T]> & CareElementProps[T] & Handlers<T>;
};

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CareElements {}
  }
}
