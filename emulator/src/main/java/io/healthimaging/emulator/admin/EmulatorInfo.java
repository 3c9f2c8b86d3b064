package io.healthimaging.emulator.admin;

/** What the admin API reports about the running emulator. */
public record EmulatorInfo(String version, String service, String apiVersion, String region, String accountId) {
}
