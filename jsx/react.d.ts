// JSX typings for React 19. Load them once, for example with
// `import type {} from 'care-elements/jsx/react';` in your app's entry file.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CareElementEvents, CareElementProps } from '../dist/types/jsx.js';

type Tag = keyof CareElementProps;
type Element<T extends Tag> = HTMLElementTagNameMap[T];
// React 19 sets a prop as a property when the element has one (so `content` takes an object)
// and listens for an `on<event-name>` prop's event.
type Handlers<T extends Tag> = {
  [E in keyof CareElementEvents[T] & string as `on${E}`]?: (event: CareElementEvents[T][E]) => void;
};
type CareElements = {
  [T in Tag]: Omit<DetailedHTMLProps<HTMLAttributes<Element<T>>, Element<T>>, keyof CareElementProps[T]> & CareElementProps[T] & Handlers<T>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CareElements {}
  }
}
