package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
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

// invoke handles one event of either payload version.
func (l *lambdaHandler) invoke(ctx context.Context, raw json.RawMessage) (any, error) {
	var probe struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(raw, &probe); err != nil {
		return nil, fmt.Errorf("event is not a JSON object: %w", err)
	}
	if strings.HasPrefix(probe.Version, "2.") {
		var ev events.APIGatewayV2HTTPRequest
		if err := json.Unmarshal(raw, &ev); err != nil {
			return nil, fmt.Errorf("decode HTTP API event: %w", err)
		}
		ev.RawPath = stripV2Stage(ev)
		resp, err := l.v2.ProxyWithContext(ctx, ev)
		if err != nil {
			return l.badEventV2(ctx, ev.RequestContext.RequestID, err), nil
		}
		return resp, nil
	}
	var ev events.APIGatewayProxyRequest
	if err := json.Unmarshal(raw, &ev); err != nil {
		return nil, fmt.Errorf("decode REST API event: %w", err)
	}
	resp, err := l.v1.ProxyWithContext(ctx, ev)
	if err != nil {
		return l.badEventV1(ctx, ev.RequestContext.RequestID, err), nil
	}
	return resp, nil
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

// badEvent answers an event the adapter could not turn into a request (for
// example an HTTP API path with a decoded '%') with a 400 envelope instead
// of the adapter's bare 504.
// The gateway's request id still identifies the request to the client.
func badEvent(ctx context.Context, l *lambdaHandler, requestID string, err error) (int, map[string]string, string) {
	l.log.WarnContext(ctx, "event could not be converted to a request", "error", err.Error(), "request_id", requestID)
	rec := httptest.NewRecorder()
	if requestID != "" {
		rec.Header().Set("X-Request-Id", requestID)
	}
	envelope.WriteError(rec, l.origin, requestID, envelope.Problem{
		Code: "INPUT_INVALID", Message: "The request path or query could not be parsed; percent-encode reserved characters.",
	})
	headers := map[string]string{}
	for k := range rec.Header() {
		headers[k] = rec.Header().Get(k)
	}
	return rec.Code, headers, rec.Body.String()
}

func (l *lambdaHandler) badEventV1(ctx context.Context, requestID string, err error) events.APIGatewayProxyResponse {
	status, headers, body := badEvent(ctx, l, requestID, err)
	return events.APIGatewayProxyResponse{StatusCode: status, Headers: headers, Body: body}
}

func (l *lambdaHandler) badEventV2(ctx context.Context, requestID string, err error) events.APIGatewayV2HTTPResponse {
	status, headers, body := badEvent(ctx, l, requestID, err)
	return events.APIGatewayV2HTTPResponse{StatusCode: status, Headers: headers, Body: body}
}
