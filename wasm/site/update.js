
// -----------------------------------------------------------------------------
// NRR Lab: the update flow, appended to go-app's app.js by the site generator
// so that it listens from the moment the page starts, before app.wasm runs.
// -----------------------------------------------------------------------------
// A new version is installed by the service worker in the background and then
// waits (see app-worker.js); this tells the app when one is waiting, and
// switches to it only when the user asks, so no page mixes two versions.
//
// The browser checks for a new worker on its own after a navigation, but when
// is up to it (seen from 10 s to over a minute, later on a busy machine), so
// the page asks for the check itself. It reads the registration's waiting and
// installing workers when it starts listening, so no event can be missed.
(() => {
  if (!("serviceWorker" in navigator)) {
    return;
  }
  const recheckAfter = 30 * 60 * 1000;
  // goappOnUpdate is go-app's: before app.wasm runs it records the news, and
  // then marks the update available and calls the components' OnAppUpdate.
  const track = (reg, worker) => {
    if (!worker) {
      return;
    }
    worker.addEventListener("statechange", () => {
      // Installed while another version is active: an update. On a first
      // visit nothing else is active, and the worker activates at once.
      if (worker.state === "installed" && reg.active && reg.active !== worker) {
        goappOnUpdate();
      }
    });
  };
  navigator.serviceWorker.ready.then((reg) => {
    if (reg.waiting) {
      goappOnUpdate();
    }
    track(reg, reg.installing);
    reg.addEventListener("updatefound", () => track(reg, reg.installing));
    const check = () => reg.update().catch(() => {});
    let last = Date.now();
    check();
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && Date.now() - last > recheckAfter) {
        last = Date.now();
        check();
      }
    });
  });
  // nrrlabApplyUpdate lets the waiting version take over and reloads into it
  // once it is active; with nothing waiting (another tab switched) it reloads.
  window.nrrlabApplyUpdate = () => {
    navigator.serviceWorker.getRegistration().then((reg) => {
      const worker = reg && reg.waiting;
      if (!worker) {
        location.reload();
        return;
      }
      worker.addEventListener("statechange", () => {
        if (worker.state === "activated") {
          location.reload();
        }
      });
      worker.postMessage({ nrrlab: "activate" });
    }, () => location.reload());
  };
})();

// A share link pasted into the address bar of a page of this site changes
// only the fragment, which loads nothing: load the page again, so that the
// app opens the model the link carries (the fragment never reaches a server).
addEventListener("hashchange", () => {
  if (location.hash.startsWith("#m=")) {
    location.reload();
  }
});
