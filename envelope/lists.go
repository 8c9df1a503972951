package envelope

import (
	"encoding"
	"encoding/json"
	"reflect"
	"sync"
)

// The contract writes absent lists as [] and never null, whatever the
// provider returned (a nil slice encodes as null). That rule is the
// format's, so it lives here, at the one place that writes JSON, rather than
// in each handler or provider.

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	hasListsCache     sync.Map // reflect.Type -> bool
)

// emptyLists returns v with every nil slice in it replaced by an empty one:
// in exported struct fields, and in the elements of slices, arrays,
// pointers and interfaces. v itself is not changed: what holds a nil slice
// is copied. Byte slices (and so json.RawMessage) are not lists and are
// left alone, as are values that encode themselves and maps.
func emptyLists(v any) any {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || !hasLists(rv.Type()) {
		return v
	}
	out, _ := fillLists(rv)
	return out.Interface()
}

// hasLists reports whether a value of type t can hold a nil slice that
// emptyLists would replace.
func hasLists(t reflect.Type) bool {
	if v, ok := hasListsCache.Load(t); ok {
		return v.(bool)
	}
	// A recursive type is taken to have lists while it is being looked at;
	// fillLists then finds out per value.
	hasListsCache.Store(t, true)
	has := false
	switch {
	case t.Implements(marshalerType) || t.Implements(textMarshalerType):
	case t.Kind() == reflect.Slice:
		has = t.Elem().Kind() != reflect.Uint8
	case t.Kind() == reflect.Array, t.Kind() == reflect.Pointer:
		has = hasLists(t.Elem())
	case t.Kind() == reflect.Interface:
		has = true
	case t.Kind() == reflect.Struct:
		for f := range t.Fields() {
			if f.IsExported() && hasLists(f.Type) {
				has = true
				break
			}
		}
	}
	hasListsCache.Store(t, has)
	return has
}

// fillLists returns v with its nil slices replaced, and whether anything
// was; when nothing was, the result is v itself.
func fillLists(v reflect.Value) (reflect.Value, bool) {
	t := v.Type()
	if !hasLists(t) {
		return v, false
	}
	switch t.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return reflect.MakeSlice(t, 0, 0), true
		}
		var out reflect.Value
		for i := range v.Len() {
			e, changed := fillLists(v.Index(i))
			if !changed {
				continue
			}
			if !out.IsValid() {
				out = reflect.MakeSlice(t, v.Len(), v.Len())
				reflect.Copy(out, v)
			}
			out.Index(i).Set(e)
		}
		if out.IsValid() {
			return out, true
		}
	case reflect.Array:
		out := reflect.New(t).Elem()
		out.Set(v)
		changed := false
		for i := range v.Len() {
			if e, ok := fillLists(v.Index(i)); ok {
				out.Index(i).Set(e)
				changed = true
			}
		}
		if changed {
			return out, true
		}
	case reflect.Pointer:
		if v.IsNil() {
			return v, false
		}
		if e, ok := fillLists(v.Elem()); ok {
			p := reflect.New(t.Elem())
			p.Elem().Set(e)
			return p, true
		}
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		if e, ok := fillLists(v.Elem()); ok {
			out := reflect.New(t).Elem()
			out.Set(e)
			return out, true
		}
	case reflect.Struct:
		var out reflect.Value
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				continue
			}
			f, changed := fillLists(v.Field(i))
			if !changed {
				continue
			}
			if !out.IsValid() {
				out = reflect.New(t).Elem()
				out.Set(v)
			}
			out.Field(i).Set(f)
		}
		if out.IsValid() {
			return out, true
		}
	}
	return v, false
}
