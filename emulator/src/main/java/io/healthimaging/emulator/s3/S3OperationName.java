package io.healthimaging.emulator.s3;

import io.healthimaging.emulator.protocol.QueryParameters;

/** Names the S3 operation of a request for the request log, from its method, path and sub-resources. */
public final class S3OperationName {
    private S3OperationName() {
    }

    /**
     * @param pathStyle the path with the bucket first ({@code /bucket/key}), as S3Proxy sees it
     * @param copySource the {@code x-amz-copy-source} header, or null
     */
    public static String of(String method, String pathStyle, String rawQuery, String copySource) {
        QueryParameters query = QueryParameters.parse(rawQuery);
        String path = pathStyle.startsWith("/") ? pathStyle.substring(1) : pathStyle;
        int slash = path.indexOf('/');
        boolean hasKey = slash >= 0 && slash < path.length() - 1;
        if (path.isEmpty()) {
            return "ListBuckets";
        }
        boolean upload = query.first("uploadId") != null;
        if (hasKey) {
            return switch (method) {
                case "GET" -> upload ? "ListParts" : "GetObject";
                case "HEAD" -> "HeadObject";
                case "PUT" -> upload ? (copySource != null ? "UploadPartCopy" : "UploadPart")
                        : copySource != null ? "CopyObject" : "PutObject";
                case "POST" -> query.first("uploads") != null ? "CreateMultipartUpload"
                        : upload ? "CompleteMultipartUpload" : "PostObject";
                case "DELETE" -> upload ? "AbortMultipartUpload" : "DeleteObject";
                default -> method + "Object";
            };
        }
        return switch (method) {
            case "GET" -> query.first("uploads") != null ? "ListMultipartUploads"
                    : "2".equals(query.first("list-type")) ? "ListObjectsV2"
                    : query.first("location") != null ? "GetBucketLocation" : "ListObjects";
            case "HEAD" -> "HeadBucket";
            case "PUT" -> "CreateBucket";
            case "POST" -> query.first("delete") != null ? "DeleteObjects" : "PostBucket";
            case "DELETE" -> "DeleteBucket";
            default -> method + "Bucket";
        };
    }
}
