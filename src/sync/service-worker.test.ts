import { expect } from '@open-wc/testing';
import { followUpdates, type UpdateReady, type WorkboxLike } from './service-worker.js';

type Lifecycle = 'waiting' | 'controlling' | 'activated';
type LifecycleEvent = { isUpdate?: boolean; isExternal?: boolean };

/** Stands in for workbox-window's Workbox and for the page: events are fired by hand, reloads are counted. */
function setUp(initially: { controlled: boolean }) {
  const listeners = new Map<Lifecycle, Array<(event: LifecycleEvent) => void>>();
  const state = { controlled: initially.controlled, waiting: false, reloads: 0, skipWaitingMessages: 0 };
  const wb: WorkboxLike = {
    addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    messageSkipWaiting: () => state.skipWaitingMessages++,
  };
  const offered: UpdateReady[] = [];
  let offlineReady = 0;
  followUpdates(
    wb,
    { onUpdateReady: (update) => offered.push(update), onOfflineReady: () => offlineReady++ },
    { controlled: () => state.controlled, waiting: () => state.waiting, reload: () => state.reloads++ },
  );
  const fire = (type: Lifecycle, event: LifecycleEvent = {}) => {
    if (type === 'waiting') state.waiting = true;
    if (type === 'controlling') {
      state.controlled = true;
      state.waiting = false;
    }
    for (const listener of listeners.get(type) ?? []) listener(event);
  };
  return { state, offered, fire, offlineReady: () => offlineReady };
}

describe('service worker updates', () => {
  it('offers a waiting version and does not reload until it is applied', () => {
    const { state, offered, fire } = setUp({ controlled: true });
    fire('waiting', { isUpdate: true });
    expect(offered).to.have.length(1);
    expect(state.reloads).to.equal(0);
    expect(state.skipWaitingMessages).to.equal(0);
  });

  it('on apply, asks the waiting version to take over and reloads once it controls the page, only once', async () => {
    const { state, offered, fire } = setUp({ controlled: true });
    fire('waiting', { isUpdate: true });
    await offered[0].apply();
    expect(state.skipWaitingMessages).to.equal(1);
    expect(state.reloads).to.equal(0);
    fire('controlling', { isUpdate: true });
    fire('controlling', { isUpdate: true });
    await offered[0].apply();
    expect(state.reloads).to.equal(1);
  });

  it('does not reload when the first version takes control of a page on the first visit', () => {
    const { state, offered, fire, offlineReady } = setUp({ controlled: false });
    fire('activated');
    fire('controlling');
    expect(state.reloads).to.equal(0);
    expect(offered).to.have.length(0);
    expect(offlineReady()).to.equal(1);
  });

  it('says "ready offline" for the first installation only, not for updates or other tabs', () => {
    const { fire, offlineReady } = setUp({ controlled: true });
    fire('activated', { isUpdate: true });
    fire('activated', { isExternal: true });
    expect(offlineReady()).to.equal(0);
  });

  it('when another tab switched versions, offers a reload instead of reloading, and reloads on apply', async () => {
    const { state, offered, fire } = setUp({ controlled: true });
    fire('controlling', { isExternal: true });
    expect(state.reloads).to.equal(0);
    expect(offered).to.have.length(1);
    await offered[0].apply();
    expect(state.skipWaitingMessages).to.equal(0);
    expect(state.reloads).to.equal(1);
  });
});
