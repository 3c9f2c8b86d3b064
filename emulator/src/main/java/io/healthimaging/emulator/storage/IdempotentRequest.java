package io.healthimaging.emulator.storage;

/**
 * What a client token was first used for: the request's parameters (without the token) and the resource it
 * created, so a retry gets the same resource and a reuse with other parameters can be refused.
 */
public record IdempotentRequest(String operation, String parameters, String resourceId) {
}
