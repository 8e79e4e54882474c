package io.defplorex.worker.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** One request the page made while rendering: its URL, Chromium's resource type, and whether it was refused. */
public record Resource(String url, String type, boolean blocked) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("type", type);
        m.put("blocked", blocked);
        return m;
    }
}
