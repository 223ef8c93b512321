//go:build !js

package ingest

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, all its threads
// and the collector's included. On a machine shared with other work it
// measures the work done better than the time that passed.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
