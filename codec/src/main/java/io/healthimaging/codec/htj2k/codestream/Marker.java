package io.healthimaging.codec.htj2k.codestream;

/** Marker codes of ISO/IEC 15444-1 Annex A and 15444-15 (CAP, CPF). */
public final class Marker {
    public static final int SOC = 0xFF4F;
    public static final int CAP = 0xFF50;
    public static final int SIZ = 0xFF51;
    public static final int COD = 0xFF52;
    public static final int COC = 0xFF53;
    public static final int TLM = 0xFF55;
    public static final int PRF = 0xFF56;
    public static final int PLM = 0xFF57;
    public static final int PLT = 0xFF58;
    public static final int CPF = 0xFF59;
    public static final int QCD = 0xFF5C;
    public static final int QCC = 0xFF5D;
    public static final int RGN = 0xFF5E;
    public static final int POC = 0xFF5F;
    public static final int PPM = 0xFF60;
    public static final int PPT = 0xFF61;
    public static final int CRG = 0xFF63;
    public static final int COM = 0xFF64;
    public static final int SOT = 0xFF90;
    public static final int SOP = 0xFF91;
    public static final int EPH = 0xFF92;
    public static final int SOD = 0xFF93;
    public static final int EOC = 0xFFD9;

    private Marker() {
    }

    /** For messages: the marker's name and code, for example {@code COD (0xFF52)}. */
    public static String describe(int code) {
        String name = switch (code) {
            case SOC -> "SOC";
            case CAP -> "CAP";
            case SIZ -> "SIZ";
            case COD -> "COD";
            case COC -> "COC";
            case TLM -> "TLM";
            case PRF -> "PRF";
            case PLM -> "PLM";
            case PLT -> "PLT";
            case CPF -> "CPF";
            case QCD -> "QCD";
            case QCC -> "QCC";
            case RGN -> "RGN";
            case POC -> "POC";
            case PPM -> "PPM";
            case PPT -> "PPT";
            case CRG -> "CRG";
            case COM -> "COM";
            case SOT -> "SOT";
            case SOP -> "SOP";
            case EPH -> "EPH";
            case SOD -> "SOD";
            case EOC -> "EOC";
            default -> "marker";
        };
        return String.format("%s (0x%04X)", name, code);
    }
}
