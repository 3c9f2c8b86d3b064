package io.healthimaging.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.http.conn.DnsResolver;

/**
 * Resolves every name to the loopback address and remembers the names asked for, so tests can use the host
 * names the SDKs derive (runtime-localhost, bucket.localhost) on machines whose resolver does not know them.
 */
final class LoopbackDns implements DnsResolver {
    private final List<String> resolved = new CopyOnWriteArrayList<>();

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        resolved.add(host);
        return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
    }

    List<String> resolved() {
        return resolved;
    }
}
