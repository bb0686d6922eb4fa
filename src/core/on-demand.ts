/**
 * A module loaded the first time something needs it, once for the page:
 * `load` gives it, or null, after one warning for the page, when it cannot
 * load (not served beside the bundle, or refused by the page's script-src);
 * `loaded` gives it at once: the module, null if it could not load, undefined
 * before that; `provide` hands it over without loading, as server rendering,
 * which cannot wait for a module, does.
 */
export const onDemand = <Module>(importModule: () => Promise<Module>, warning: string) => {
  let module: Module | null | undefined;
  let loading: Promise<Module | null> | undefined;
  const load = () =>
    (loading ??= importModule().then(
      (value) => (module = value),
      (error: Error) => {
        console.warn(`${warning}: ${error.message}.`);
        return (module = null);
      },
    ));
  const loaded = () => module;
  const provide = (value: Module) => {
    module = value;
    loading = Promise.resolve(value);
  };
  return [load, loaded, provide] as const;
};
