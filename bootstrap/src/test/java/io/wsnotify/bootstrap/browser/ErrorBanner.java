package io.wsnotify.bootstrap.browser;

import java.util.List;
import java.util.Map;

/** What the dashboard's {@code error-banner} shows: the HTTP status, heading, detail and field messages. */
record ErrorBanner(String status, String title, String detail, List<String> fields) {
    /** Page script returning the banner's content as a plain object. */
    static final String READ = "const b = document.querySelector('[data-testid=error-banner]');"
            + "return {status: b.dataset.status || '', title: b.querySelector('.error-title').textContent,"
            + "detail: b.querySelector('.error-detail').textContent,"
            + "fields: [...b.querySelectorAll('.error-fields li')].map(li => li.textContent)};";

    /** From the plain object the page's script returns. */
    static ErrorBanner fromScript(Object value) {
        Map<?, ?> banner = (Map<?, ?>) value;
        List<String> fields =
                ((List<?>) banner.get("fields")).stream().map(String::valueOf).toList();
        return new ErrorBanner(
                String.valueOf(banner.get("status")),
                String.valueOf(banner.get("title")),
                String.valueOf(banner.get("detail")),
                fields);
    }
}
