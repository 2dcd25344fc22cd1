// Runs one function of a codec script in goja, the engine family of The Things Stack's formatters, with
// a JSON input parsed by the engine's own JSON.parse (so numbers are plain numbers).
// Usage: goja SCRIPT FUNCTION JSON   Prints {"out": …, "parts": the script's parts compiled for the message, comma-separated} or {"error": …}.
package main

import (
	"encoding/json"
	"fmt"
	"io/ioutil"
	"os"

	"github.com/dop251/goja"
)

func main() {
	src, _ := ioutil.ReadFile(os.Args[1])
	vm := goja.New()
	if _, err := vm.RunString(string(src)); err != nil { e, _ := json.Marshal(map[string]string{"error": "load: " + err.Error()}); fmt.Println(string(e)); return }
	fn, ok := goja.AssertFunction(vm.Get(os.Args[2]))
	if !ok { fmt.Println(`{"error":"no such function"}`); return }
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	input, err := parse(goja.Undefined(), vm.ToValue(os.Args[3]))
	if err != nil { fmt.Println(`{"error":"bad input json"}`); return }
	res, err := fn(goja.Undefined(), input)
	if err != nil { e, _ := json.Marshal(map[string]string{"error": "call: " + err.Error()}); fmt.Println(string(e)); return }
	parts, _ := vm.RunString("typeof WT102_LOAD == 'function' && WT102_LOAD.loaded ? Object.keys(WT102_LOAD.loaded).join(',') : ''")
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	text, _ := stringify(goja.Undefined(), res)
	name, _ := json.Marshal(parts.String())
	fmt.Printf("{\"out\":%s,\"parts\":%s}\n", text.String(), name)
}
