// NRR Lab's data engine: engine.wasm (see wasm/engine) in a web worker, so
// that reading and analysing a large table never freezes the page. The page
// starts the worker from a one-line blob that sets nrrlabBase (this folder's
// address) and imports this script, so that the worker runs under the page's
// security policy. Messages that arrive while engine.wasm loads wait in
// nrrlabQueue; the engine takes them over when it starts.
self.nrrlabQueue = [];
self.onmessage = (e) => self.nrrlabQueue.push(e);
importScripts(self.nrrlabBase + "../wasm_exec.js");
const go = new Go();
WebAssembly.instantiateStreaming(fetch(self.nrrlabBase + "engine.wasm"), go.importObject)
  .then((r) => go.run(r.instance))
  .catch((err) => self.postMessage(JSON.stringify({ id: -1, done: true, error: String(err) })));
