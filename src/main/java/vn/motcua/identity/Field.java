package vn.motcua.identity;

import java.util.UUID;

/** A field (lĩnh vực) of administrative procedures, such as "Lĩnh vực đối ngoại"; rows of several report forms. */
public record Field(UUID id, String code, String name, boolean active) {
}
