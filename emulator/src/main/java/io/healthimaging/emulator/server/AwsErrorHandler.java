package io.healthimaging.emulator.server;

import io.healthimaging.emulator.protocol.ErrorResponses;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty itself raises (an unparsable URI, a servlet's sendError) answered in the client's
 * dialect: S3's XML for S3 requests, AWS JSON otherwise; never an HTML page.
 */
final class AwsErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String text = message != null ? message : "HTTP " + code;
        byte[] body;
        if (Boolean.TRUE.equals(request.getAttribute(RoutingFilter.S3_REQUEST))) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/xml");
            body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + s3Code(code) + "</Code><Message>"
                    + escapeXml(text) + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
        } else {
            String type = errorType(code);
            response.getHeaders().put("X-Amzn-Errortype", type);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            body = ErrorResponses.body(type, text);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String errorType(int code) {
        return switch (code) {
            case 400 -> "SerializationException";
            case 404 -> "UnknownOperationException";
            case 405 -> "MethodNotAllowedException";
            case 413 -> "RequestEntityTooLargeException";
            default -> code >= 500 ? "InternalServerException" : "HttpError" + code;
        };
    }

    private static String s3Code(int code) {
        return switch (code) {
            case 400 -> "InvalidRequest";
            case 404 -> "NoSuchKey";
            case 405 -> "MethodNotAllowed";
            case 501 -> "NotImplemented";
            default -> code >= 500 ? "InternalError" : "InvalidRequest";
        };
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
