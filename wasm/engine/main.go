// Command engine is the data page's engine, compiled to engine.wasm and run
// in a web worker (started by web/engine.js, which the site generator writes
// from wasm/site/engine.js). It reads what the page sends (a paste, a file, a
// built-in sample), analyses it with package engine and posts the results
// back, so that reading a large table never freezes the page. It keeps the
// table in the browser's IndexedDB, so that it survives a reload. Natively it
// only says what it is.
package main

func main() { serve() }
