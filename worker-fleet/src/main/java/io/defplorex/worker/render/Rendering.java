package io.defplorex.worker.render;

import java.util.List;

/**
 * What one render produced. On a status other than {@code ok} the fields the render did not reach are null
 * (no DOM for a page too large, no screenshot after a timeout).
 *
 * @param requests  the first requests the page made, in order, refused ones included (at most 500)
 * @param nRequests all requests the page made
 * @param nBlocked  the requests refused (everything but the mirror itself)
 * @param png       the 1280×800 viewport screenshot
 * @param thumbnail the screenshot scaled to {@link Thumbnail#MAX_WIDTH} pixels wide, PNG
 */
public record Rendering(RenderStatus status, String error, String title, String finalUrl, List<Resource> requests,
                        int nRequests, int nBlocked, String dom, byte[] png, byte[] thumbnail) {

    static Rendering failed(RenderStatus status, String error, List<Resource> requests, int nRequests, int nBlocked) {
        return new Rendering(status, error, null, null, List.copyOf(requests), nRequests, nBlocked, null, null, null);
    }
}
