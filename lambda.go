package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/core"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router"
)

// serveLambda runs the handler as a Lambda function until ctx is done. It
// is only called when AWS_LAMBDA_RUNTIME_API is set (lambda.Start exits the
// process otherwise).
func serveLambda(ctx context.Context, handler http.Handler, origin envelope.Origin, logger *slog.Logger) error {
	logger.Info("serving as a Lambda function")
	lambda.StartWithOptions(newLambdaHandler(handler, origin, logger).invoke, lambda.WithContext(ctx))
	return nil
}

// lambdaHandler turns API Gateway events into requests for the one router:
// REST API (payload 1.0) events through httpadapter.New, HTTP API and
// function URL (payload 2.0) events, recognised by their "version" field,
// through httpadapter.NewV2. Both use ProxyWithContext, which puts the
// gateway context on the request context instead of a spoofable header.
type lambdaHandler struct {
	v1     *httpadapter.HandlerAdapter
	v2     *httpadapter.HandlerAdapterV2
	origin envelope.Origin // for the envelopes it writes itself
	log    *slog.Logger
}

func newLambdaHandler(h http.Handler, origin envelope.Origin, logger *slog.Logger) *lambdaHandler {
	h = gatewayContext(h)
	return &lambdaHandler{v1: httpadapter.New(h), v2: httpadapter.NewV2(h), origin: origin, log: logger}
}

// invoke handles one event of either payload version. A payload that is
// not a JSON object fails the invocation (it is no API Gateway event); an
// object that is not a valid event of its version, or that the adapter
// cannot turn into a request, gets a 400 envelope, so the client never
// sees API Gateway's bare 502 or the adapter's empty 504.
func (l *lambdaHandler) invoke(ctx context.Context, raw json.RawMessage) (any, error) {
	version, requestID, err := probeEvent(raw)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(version, "2.") {
		var ev events.APIGatewayV2HTTPRequest
		if err := json.Unmarshal(raw, &ev); err != nil {
			return l.badEventV2(ctx, requestID, err, "The event is not a valid API Gateway HTTP API (payload 2.0) event."), nil
		}
		ev.RawPath = stripV2Stage(ev)
		if err := convertibleV2(ev); err != nil {
			return l.badEventV2(ctx, ev.RequestContext.RequestID, err, conversionMessage(err)), nil
		}
		resp, err := l.v2.ProxyWithContext(ctx, ev)
		if err != nil {
			return l.badEventV2(ctx, ev.RequestContext.RequestID, err, conversionMessage(err)), nil
		}
		return resp, nil
	}
	var ev events.APIGatewayProxyRequest
	if err := json.Unmarshal(raw, &ev); err != nil {
		return l.badEventV1(ctx, requestID, err, "The event is not a valid API Gateway REST API (payload 1.0) event."), nil
	}
	if err := convertibleV1(ev); err != nil {
		return l.badEventV1(ctx, ev.RequestContext.RequestID, err, conversionMessage(err)), nil
	}
	resp, err := l.v1.ProxyWithContext(ctx, ev)
	if err != nil {
		return l.badEventV1(ctx, ev.RequestContext.RequestID, err, conversionMessage(err)), nil
	}
	return resp, nil
}

// probeEvent reads what invoke needs before it knows the event's type:
// the payload version ("" for REST API events, which have none) and the
// gateway's request id, to answer with if the event does not decode.
func probeEvent(raw json.RawMessage) (version, requestID string, err error) {
	// Only the two fields are kept: a map of every field would copy the
	// body, which for an upload is megabytes.
	var fields struct {
		Version        json.RawMessage `json:"version"`
		RequestContext json.RawMessage `json:"requestContext"`
	}
	if err := json.Unmarshal(raw, &fields); err != nil {
		return "", "", fmt.Errorf("event is not a JSON object: %w", err)
	}
	// A version or request context of the wrong type reads as absent; the
	// full decode then names the event as invalid.
	_ = json.Unmarshal(fields.Version, &version)
	var rc struct {
		RequestID string `json:"requestId"`
	}
	if json.Unmarshal(fields.RequestContext, &rc) == nil {
		requestID = rc.RequestID
	}
	return version, requestID, nil
}

// convertibleV1 and convertibleV2 make, quietly and first, the calls with
// which the adapter's conversion can fail: decoding a base64 body, and
// http.NewRequest on the URL it builds (https://{domainName}{path}, the
// query appended; GO_API_HOST, which would replace the host, is never set). The adapter prints a failing URL, query included, to
// the function's log, where an email in the query would be personal data.
func convertibleV1(ev events.APIGatewayProxyRequest) error {
	if ev.IsBase64Encoded {
		if _, err := base64.StdEncoding.DecodeString(ev.Body); err != nil {
			return err
		}
	}
	// The adapter builds the query itself with url.QueryEscape, which
	// always parses.
	_, err := http.NewRequest(strings.ToUpper(ev.HTTPMethod), "https://"+ev.RequestContext.DomainName+rooted(ev.Path), nil)
	return err
}

func convertibleV2(ev events.APIGatewayV2HTTPRequest) error {
	if ev.IsBase64Encoded {
		if _, err := base64.StdEncoding.DecodeString(ev.Body); err != nil {
			return err
		}
	}
	p := ev.RawPath
	if p == "" {
		p = ev.RequestContext.HTTP.Path
	}
	u := "https://" + ev.RequestContext.DomainName + rooted(p)
	if ev.RawQueryString != "" {
		u += "?" + ev.RawQueryString
	}
	_, err := http.NewRequest(strings.ToUpper(ev.RequestContext.HTTP.Method), u, nil)
	return err
}

// rooted adds the leading slash the adapter adds to a path without one.
func rooted(p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	return "/" + p
}

// conversionMessage tells the client why no request could be built from
// the event: a body marked base64 that is not, a URL that does not parse,
// or else (what http.NewRequest refuses besides) a method that is not a
// token; the adapter's own errors carry no type, hence the general last
// message.
func conversionMessage(err error) string {
	var corrupt base64.CorruptInputError
	var urlErr *url.Error
	switch {
	case errors.As(err, &corrupt):
		return "The request body is marked base64-encoded but is not valid base64."
	case errors.As(err, &urlErr):
		return "The request path or query could not be parsed; percent-encode reserved characters."
	default:
		return "The request's method or URL is not valid."
	}
}

// stripV2Stage removes a named HTTP API stage from rawPath (the $default
// stage has none), matched as a whole segment, so /prod/jobs routes as
// /jobs whatever STAGE is.
func stripV2Stage(ev events.APIGatewayV2HTTPRequest) string {
	stage := ev.RequestContext.Stage
	p := ev.RawPath
	if stage == "" || stage == "$default" {
		return p
	}
	prefix := "/" + stage
	if p == prefix {
		return "/"
	}
	if strings.HasPrefix(p, prefix+"/") {
		return strings.TrimPrefix(p, prefix)
	}
	return p
}

// gatewayContext hands the router what API Gateway knows about the
// request: its request id becomes the request's id, so a log line, the
// response and API Gateway's own logs share one id; the stage prefix the
// gateway removed from the path is passed on, so Location headers point
// where the client can follow them; and the adapter's context headers a
// client could forge are dropped.
func gatewayContext(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for name := range r.Header {
			if strings.HasPrefix(strings.ToLower(name), "x-golambdaproxy-") {
				r.Header.Del(name)
			}
		}
		r.Header.Del("X-Request-Id")
		var id, stage, sentPath string
		if gw, ok := core.GetAPIGatewayContextFromContext(r.Context()); ok {
			id, stage, sentPath = gw.RequestID, gw.Stage, gw.Path
		} else if gw2, ok := core.GetAPIGatewayV2ContextFromContext(r.Context()); ok {
			id, stage, sentPath = gw2.RequestID, gw2.Stage, gw2.HTTP.Path
		}
		if id != "" {
			r.Header.Set("X-Request-Id", id)
		}
		// REST APIs send https://host/dev/jobs as path /jobs with the
		// client's path /dev/jobs beside it (with a custom domain the two
		// agree); for HTTP API stages stripV2Stage removed the prefix.
		if prefix := "/" + stage; stage != "" && stage != "$default" && sentPath == prefix+r.URL.Path {
			r = r.WithContext(router.WithGatewayPrefix(r.Context(), prefix))
		}
		next.ServeHTTP(w, r)
	})
}

// badEvent answers an event that cannot become a request with a 400
// envelope saying why. The gateway's request id, when the event has one,
// still identifies the request to the client. The log line carries the
// cause without the URL: a path or query may hold personal data.
func badEvent(ctx context.Context, l *lambdaHandler, requestID string, err error, message string) (int, map[string]string, string) {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		err = urlErr.Err
	}
	l.log.WarnContext(ctx, "event could not be converted to a request", "error", err.Error(), "request_id", requestID)
	rec := httptest.NewRecorder()
	if requestID != "" {
		rec.Header().Set("X-Request-Id", requestID)
	}
	envelope.WriteError(rec, l.origin, requestID, envelope.Problem{Code: "INPUT_INVALID", Message: message})
	headers := map[string]string{}
	for k := range rec.Header() {
		headers[k] = rec.Header().Get(k)
	}
	return rec.Code, headers, rec.Body.String()
}

func (l *lambdaHandler) badEventV1(ctx context.Context, requestID string, err error, message string) events.APIGatewayProxyResponse {
	status, headers, body := badEvent(ctx, l, requestID, err, message)
	return events.APIGatewayProxyResponse{StatusCode: status, Headers: headers, Body: body}
}

func (l *lambdaHandler) badEventV2(ctx context.Context, requestID string, err error, message string) events.APIGatewayV2HTTPResponse {
	status, headers, body := badEvent(ctx, l, requestID, err, message)
	return events.APIGatewayV2HTTPResponse{StatusCode: status, Headers: headers, Body: body}
}
