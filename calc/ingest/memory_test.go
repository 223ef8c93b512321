package ingest

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"runtime"
	"runtime/metrics"
	"testing"
)

// The memory a million customers' file takes from its bytes to the bridge,
// in one fresh process, as a page's worker reads it once. In WebAssembly
// the Go runtime's memory never shrinks, so what it mapped at the end is
// its peak:
//
//	go test -run TestMillionCustomersMemory ./calc/ingest -args -million=/tmp/million.csv  # writes the file
//	GOOS=js GOARCH=wasm go test -c -o /tmp/ingest.wasm ./calc/ingest
//	node --stack-size=8192 calc/ingest/testdata/peak_exec_node.js /tmp/ingest.wasm \
//	    -test.run TestMillionCustomersMemory -test.v -million=/tmp/million.csv [-million-rows]
//
// The test logs what the runtime mapped (runtime/metrics
// /memory/classes/total:bytes) and the live heap after the bridge; the Node
// wrapper prints the WebAssembly memory's size at exit, static data and all.
// The file is read from disk, as the worker copies a file's bytes in, so
// that writing it takes nothing from the memory measured.
var (
	millionFile = flag.String("million", "", "measure the memory of reading this million-customer file to its bridge (written first when missing)")
	millionRows = flag.Bool("million-rows", false, "with -million, read the file through Table.BridgeRows and calc.NewBridgeOf")
)

func TestMillionCustomersMemory(t *testing.T) {
	if *millionFile == "" {
		t.Skip("-million not set")
	}
	data, err := os.ReadFile(*millionFile)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(*millionFile, millionCSV(1_000_000), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Skipf("wrote %s: run again to measure, in a fresh process", *millionFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	before := mapped()
	path, read := "Accounts and NewBridge", customersToBridge
	if *millionRows {
		path, read = "BridgeRows and NewBridgeOf", customersToBridgeRows
	}
	br, rep, err := read(data)
	if err != nil {
		t.Fatal(err)
	}
	after := mapped()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%s: %d bytes, %d rows, %d customers: runtime mapped %.1f MB with the file read, %.1f MB after the bridge; live heap %.1f MB with the bridge",
		path, len(data), rep.Rows, len(br.Rows), float64(before)/1e6, float64(after)/1e6, float64(ms.HeapAlloc)/1e6)
	runtime.KeepAlive(br)
	runtime.KeepAlive(data)
}

// mapped is the memory the Go runtime has mapped from the system.
func mapped() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
