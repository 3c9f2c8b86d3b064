package io.healthimaging.codec.htj2k.codestream;

/** The five progression orders of Table A.16, in the order of their code values. */
public enum ProgressionOrder {
    LRCP, RLCP, RPCL, PCRL, CPRL;

    public int code() {
        return ordinal();
    }

    static ProgressionOrder of(int code, String where) {
        if (code < 0 || code >= values().length) {
            throw new io.healthimaging.codec.htj2k.InvalidCodestreamException(
                    where + " declares progression order " + code + "; 0..4 are defined");
        }
        return values()[code];
    }
}
