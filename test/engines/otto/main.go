// Runs a codec script as ChirpStack v3 does (chirpstack-application-server, internal/codec/js): otto, a
// new VM, a call-stack limit of 32, bytes as a Go []byte, obj as the JSON-decoded Go value, the script
// followed by `Decode(fPort, bytes, variables);` or `Encode(fPort, obj, variables);`.
// Usage: otto SCRIPT decode FPORT HEX | otto SCRIPT encode FPORT JSON | otto SCRIPT eval - JS
// Prints {"out": …, "parts": the script's parts compiled for the message, comma-separated} or {"error": …}.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/ioutil"
	"os"
	"strconv"

	"github.com/robertkrimen/otto"
)

func main() {
	src, _ := ioutil.ReadFile(os.Args[1])
	port, _ := strconv.Atoi(os.Args[3])
	vm := otto.New()
	vm.SetStackDepthLimit(32)
	vm.Set("fPort", uint8(port))
	vm.Set("variables", map[string]string{})
	call := os.Args[4]
	switch os.Args[2] {
	case "decode":
		b, err := hex.DecodeString(os.Args[4])
		if err != nil { fmt.Println(`{"error":"bad hex"}`); return }
		vm.Set("bytes", b)
		call = "Decode(fPort, bytes, variables);"
	case "encode":
		var v interface{}
		if err := json.Unmarshal([]byte(os.Args[4]), &v); err != nil { fmt.Println(`{"error":"bad json"}`); return }
		vm.Set("obj", v)
		call = "Encode(fPort, obj, variables);"
	}
	val, err := vm.Run(string(src) + "\n\n" + call + "\n")
	// What ChirpStack v3 shows: otto's error text, which has passed a thrown message through fmt's
	// formatting (a % in it is read as a verb); printed without HTML escapes, as it is.
	if err != nil { print(map[string]interface{}{"error": err.Error()}); return }
	out, _ := val.Export()
	parts, _ := vm.Run("typeof WT102_LOAD == 'function' && WT102_LOAD.loaded ? Object.keys(WT102_LOAD.loaded).join(',') : ''")
	print(map[string]interface{}{"out": out, "parts": parts.String()})
}

// Prints v as JSON, with <, > and & as they are (json.Marshal would escape them).
func print(v interface{}) {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
