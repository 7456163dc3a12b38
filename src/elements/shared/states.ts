import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Custom states of a host element, for the page's CSS: `dvc-form:state(saved)`. After every update the host's
 * `compute()` says which states hold, and the ElementInternals state set follows; with `online: true` the states are
 * also recomputed when the browser goes online or offline (no re-render). A browser without CustomStateSet (or
 * without `attachInternals`) shows no states: styling by state is an enhancement and the element works the same.
 */
export class HostStates implements ReactiveController {
  private readonly states?: Set<string>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly compute: () => Record<string, boolean>,
    options: { internals?: ElementInternals; online?: boolean } = {},
  ) {
    try {
      this.states = (options.internals ?? host.attachInternals()).states;
    } catch {
      // attachInternals is missing, or the element already called it without passing it here: no states.
    }
    if (options.online) {
      host.addController({
        hostConnected: () => {
          addEventListener('online', this.sync);
          addEventListener('offline', this.sync);
        },
        hostDisconnected: () => {
          removeEventListener('online', this.sync);
          removeEventListener('offline', this.sync);
        },
      });
    }
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  private readonly sync = (): void => {
    const set = this.states;
    if (!set) return;
    for (const [name, on] of Object.entries(this.compute())) {
      if (on === set.has(name)) continue;
      if (on) set.add(name);
      else set.delete(name);
    }
  };
}
