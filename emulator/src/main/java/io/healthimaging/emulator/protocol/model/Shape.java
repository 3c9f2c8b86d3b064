package io.healthimaging.emulator.protocol.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One shape of the Smithy model, with its members wired to their target shapes. */
public final class Shape {
    private final String id;
    private final ShapeType type;
    private final Constraints constraints;
    private final boolean streaming;
    private final boolean sensitive;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, String> enumValues = new LinkedHashMap<>();
    private Member listMember;
    private Member mapKey;
    private Member mapValue;

    Shape(String id, ShapeType type, Constraints constraints, boolean streaming, boolean sensitive) {
        this.id = id;
        this.type = type;
        this.constraints = constraints;
        this.streaming = streaming;
        this.sensitive = sensitive;
    }

    /** The absolute shape id, for example {@code com.amazonaws.medicalimaging#DatastoreName}. */
    public String id() {
        return id;
    }

    /** The shape name without its namespace. */
    public String name() {
        return id.substring(id.indexOf('#') + 1);
    }

    public ShapeType type() {
        return type;
    }

    public Constraints constraints() {
        return constraints;
    }

    public boolean isStreaming() {
        return streaming;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    /** Members of a structure or union, in model order. */
    public Map<String, Member> members() {
        return Collections.unmodifiableMap(members);
    }

    public Member member(String name) {
        return members.get(name);
    }

    /** The wire values of an enum, in model order. */
    public List<String> enumValues() {
        return List.copyOf(enumValues.values());
    }

    public Member listMember() {
        return listMember;
    }

    public Member mapKey() {
        return mapKey;
    }

    public Member mapValue() {
        return mapValue;
    }

    void addMember(Member member) {
        members.put(member.name(), member);
    }

    void addEnumValue(String name, String value) {
        enumValues.put(name, value);
    }

    void setListMember(Member member) {
        this.listMember = member;
    }

    void setMapEntry(Member key, Member value) {
        this.mapKey = key;
        this.mapValue = value;
    }

    @Override
    public String toString() {
        return name() + " (" + type + ")";
    }
}
