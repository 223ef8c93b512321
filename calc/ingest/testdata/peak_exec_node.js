// Runs a Go js/wasm test binary as $(go env GOROOT)/lib/wasm/go_js_wasm_exec
// does, and prints the size of its WebAssembly memory when it exits: the
// Go runtime never gives memory back, so this is the peak. See
// memory_test.go. Usage: node --stack-size=8192 peak_exec_node.js binary.wasm [args...]
"use strict";

const { execSync } = require("child_process");
const goroot = execSync("go env GOROOT").toString().trim();
const { WebAssembly: WA } = globalThis;
const instantiate = WA.instantiate;
let memory;
WA.instantiate = async (...args) => {
	const result = await instantiate(...args);
	memory = result.instance.exports.mem;
	return result;
};
process.on("exit", () => {
	if (memory) {
		console.error(`wasm memory at exit: ${(memory.buffer.byteLength / 1e6).toFixed(1)} MB (${memory.buffer.byteLength} bytes)`);
	}
});
require(goroot + "/lib/wasm/wasm_exec_node.js");
