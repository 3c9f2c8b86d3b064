package io.healthimaging.emulator.service;

import io.healthimaging.emulator.protocol.ModeledError;

/** A failure of a service operation, named after the model's error shape the client will receive. */
public final class ServiceException extends RuntimeException implements ModeledError {
    private static final long serialVersionUID = 1L;

    private final String errorShape;

    private ServiceException(String errorShape, String message) {
        super(message);
        this.errorShape = errorShape;
    }

    public static ServiceException notFound(String message) {
        return new ServiceException("ResourceNotFoundException", message);
    }

    public static ServiceException conflict(String message) {
        return new ServiceException("ConflictException", message);
    }

    public static ServiceException quotaExceeded(String message) {
        return new ServiceException("ServiceQuotaExceededException", message);
    }

    public static ServiceException validation(String message) {
        return new ServiceException("ValidationException", message);
    }

    @Override
    public String errorShape() {
        return errorShape;
    }
}
