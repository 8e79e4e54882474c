package io.defplorex.worker.render;

/**
 * The script every document of a render browser runs before its own scripts, so that what is captured is the page
 * as it stood once its load event was handled. From the start, the top document cannot leave: every navigation the
 * page starts (reload, {@code location} to another site or to {@code about:blank}, links, history) is cancelled
 * and reported to the worker. Once loaded, timers, animation frames and idle callbacks no longer run and
 * {@code document.open/write} do nothing, so the DOM and the screenshot show the same, reproducible state.
 */
final class CapturePoint {

    /** The binding through which the script reports a cancelled navigation: {@code (url)}. */
    static final String NAVIGATION_BINDING = "__dpxCancelledNavigation";

    /** Ends infinite CSS animations and finishes the others, then counts the elements: run at the capture point. */
    static final String SETTLE = """
            () => {
              try {
                for (const a of document.getAnimations()) {
                  const end = a.effect ? a.effect.getComputedTiming().endTime : Infinity;
                  if (end === Infinity) a.cancel(); else a.finish();
                }
              } catch (ignored) { }
              return document.getElementsByTagName("*").length;
            }
            """;

    static final String SCRIPT = """
            (() => {
              const report = window.__dpxCancelledNavigation;
              if (window === window.top && window.navigation) {
                window.navigation.addEventListener("navigate", e => {
                  if (!e.cancelable) return;
                  e.preventDefault();
                  if (!e.hashChange) {
                    try { report(String(e.destination.url)); } catch (ignored) { }
                  }
                });
              }
              let loaded = false;
              window.addEventListener("load", () => { loaded = true; }, { capture: true, once: true });
              const gate = name => {
                const original = window[name];
                if (typeof original !== "function") return;
                window[name] = function (callback, ...rest) {
                  const run = typeof callback === "function" ? callback : () => (0, eval)(String(callback));
                  return original.call(window, function (...args) {
                    if (!loaded) return run.apply(this, args);
                  }, ...rest);
                };
              };
              ["setTimeout", "setInterval", "requestAnimationFrame", "requestIdleCallback"].forEach(gate);
              for (const name of ["open", "write", "writeln"]) {
                const original = Document.prototype[name];
                Document.prototype[name] = function (...args) {
                  return loaded ? undefined : original.apply(this, args);
                };
              }
            })();
            """;

    private CapturePoint() {
    }
}
