//go:build js

package ingest

import "time"

// cpuTime is zero in WebAssembly, which has one thread and no rusage: the
// time that passed is the processor time.
func cpuTime() time.Duration { return 0 }
