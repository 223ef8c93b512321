//go:build !wasm

// Command lighthouse compares NRR Lab's first visit with go-app's hello world
// in Lighthouse: both static sites served gzipped (as GitHub Pages serves
// them) from one local server, Lighthouse's mobile profile with simulated
// throttling, runs alternating between the sites so that both see the same
// load on the machine, and the medians of the performance score, total
// blocking time, time to interactive and largest contentful paint.
//
// It is Go rather than shell because it serves the two sites itself, reads
// Lighthouse's JSON reports and takes medians, which a shell script would
// need jq, awk and a second server process for.
//
//	lighthouse --cli build/lighthouse/node_modules/.bin/lighthouse \
//	  --nrrlab build/e2e-site --hello build/hello-site --runs 6 --pages /,/data \
//	  [--reports build/lighthouse/reports]
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"nrrlab/wasm/site"
)

func main() {
	cli := flag.String("cli", "build/lighthouse/node_modules/.bin/lighthouse", "Lighthouse's command")
	nrrlab := flag.String("nrrlab", "build/e2e-site", "NRR Lab's static site, generated for the base /nrrlab/")
	hello := flag.String("hello", "build/hello-site", "the hello world's static site, generated for the base /hello/")
	runs := flag.Int("runs", 6, "runs of each page")
	pages := flag.String("pages", "/", "NRR Lab's pages to measure, comma-separated")
	flag.StringVar(&reports, "reports", "", "a directory to keep every run's Lighthouse report in (JSON), to see its long tasks")
	flag.Parse()
	if err := run(*cli, *nrrlab, *hello, *runs, strings.Split(*pages, ","), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "lighthouse:", err)
		os.Exit(2)
	}
}

// reports is where each run's report is kept, when set.
var reports string

// metrics are one Lighthouse run's figures.
type metrics struct {
	score, tbt, tti, lcp float64 // score 0-100, times in ms
}

func run(cli, nrrlab, hello string, runs int, pages []string, out io.Writer) error {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/nrrlab/", gzipped(&site.Server{Dir: nrrlab, Base: "/nrrlab/"}))
	mux.Handle("/hello/", gzipped(&site.Server{Dir: hello, Base: "/hello/"}))
	go http.Serve(l, mux)
	root := "http://" + l.Addr().String()

	targets := []string{"hello world /"}
	urls := map[string]string{"hello world /": root + "/hello/"}
	for _, p := range pages {
		name := "NRR Lab " + p
		targets = append(targets, name)
		urls[name] = root + "/nrrlab/" + strings.TrimPrefix(p, "/")
	}
	results := map[string][]metrics{}
	for i := range runs {
		for _, t := range targets {
			m, err := lighthouse(cli, urls[t], fmt.Sprintf("%s-%d.json", strings.NewReplacer(" ", "", "/", "_").Replace(t), i+1))
			if err != nil {
				return fmt.Errorf("%s, run %d: %w", t, i+1, err)
			}
			fmt.Fprintf(os.Stderr, "run %d %-22s score %3.0f  TBT %5.0f ms  TTI %5.0f ms  LCP %5.0f ms\n", i+1, t, m.score, m.tbt, m.tti, m.lcp)
			results[t] = append(results[t], m)
		}
	}
	fmt.Fprintf(out, "Lighthouse mobile, simulated throttling, medians of %d runs (alternating)\n", runs)
	fmt.Fprintf(out, "%-22s %6s %8s %8s %8s %10s\n", "page", "score", "TBT ms", "TTI ms", "LCP ms", "TBT ratio")
	helloTBT := median(results[targets[0]], func(m metrics) float64 { return m.tbt })
	for _, t := range targets {
		r := results[t]
		tbt := median(r, func(m metrics) float64 { return m.tbt })
		fmt.Fprintf(out, "%-22s %6.0f %8.0f %8.0f %8.0f %10.2f\n", t,
			median(r, func(m metrics) float64 { return m.score }), tbt,
			median(r, func(m metrics) float64 { return m.tti }),
			median(r, func(m metrics) float64 { return m.lcp }), tbt/helloTBT)
	}
	return nil
}

// lighthouse runs Lighthouse once on url and reads the figures from its
// report.
func lighthouse(cli, url, name string) (metrics, error) {
	cmd := exec.Command(cli, url,
		"--output=json", "--output-path=stdout", "--quiet",
		"--only-categories=performance", "--form-factor=mobile", "--throttling-method=simulate",
		"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic")
	if os.Getenv("CHROME_PATH") == "" {
		cmd.Env = append(os.Environ(), "CHROME_PATH=/usr/bin/chromium")
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	report, err := cmd.Output()
	if err != nil {
		return metrics{}, fmt.Errorf("%w: %s", err, stderr.Bytes())
	}
	if reports != "" {
		if err := os.MkdirAll(reports, 0o755); err != nil {
			return metrics{}, err
		}
		if err := os.WriteFile(filepath.Join(reports, name), report, 0o644); err != nil {
			return metrics{}, err
		}
	}
	var r struct {
		RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
		Categories   struct {
			Performance struct{ Score *float64 } `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue float64 `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(report, &r); err != nil {
		return metrics{}, fmt.Errorf("reading the report: %w", err)
	}
	if r.RuntimeError != nil {
		return metrics{}, fmt.Errorf("%s: %s", r.RuntimeError.Code, r.RuntimeError.Message)
	}
	if r.Categories.Performance.Score == nil {
		return metrics{}, fmt.Errorf("the report has no performance score")
	}
	return metrics{
		score: *r.Categories.Performance.Score * 100,
		tbt:   r.Audits["total-blocking-time"].NumericValue,
		tti:   r.Audits["interactive"].NumericValue,
		lcp:   r.Audits["largest-contentful-paint"].NumericValue,
	}, nil
}

func median(ms []metrics, f func(metrics) float64) float64 {
	v := make([]float64, len(ms))
	for i, m := range ms {
		v[i] = f(m)
	}
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// gzipped compresses every answer for a client that accepts gzip, as GitHub
// Pages does.
func gzipped(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		r.Header.Del("Range")
		gz := gzip.NewWriter(w)
		defer gz.Close()
		h.ServeHTTP(&gzipWriter{ResponseWriter: w, gz: gz}, r)
	})
}

type gzipWriter struct {
	http.ResponseWriter
	gz          *gzip.Writer
	wroteHeader bool
}

func (g *gzipWriter) WriteHeader(status int) {
	if g.wroteHeader {
		return
	}
	g.wroteHeader = true
	g.Header().Del("Content-Length")
	g.Header().Set("Content-Encoding", "gzip")
	g.Header().Add("Vary", "Accept-Encoding")
	g.ResponseWriter.WriteHeader(status)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	g.WriteHeader(http.StatusOK)
	return g.gz.Write(b)
}
