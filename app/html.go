package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// el and void build every element of the UI from go-app's two generic
// element types. Each of go-app's typed elements (Div, Table, Select, ...)
// links a method set of about a hundred methods into app.wasm, some 2.3 KB
// gzipped apiece: with thirty of them the download grew by a tenth.
func el(tag string) goapp.HTMLElem { return goapp.Elem(tag) }

// void builds an element without content, such as input and img.
func void(tag string) goapp.HTMLElemSelfClosing { return goapp.ElemSelfClosing(tag) }
