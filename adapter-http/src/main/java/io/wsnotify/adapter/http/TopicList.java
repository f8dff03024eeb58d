package io.wsnotify.adapter.http;

import io.wsnotify.domain.Topic;

import java.util.LinkedHashSet;
import java.util.Set;

/** The {@code ?topics=a,b} parameter: comma-separated topics; absent or empty means all. */
final class TopicList {
    private TopicList() {
    }

    static Set<Topic> parse(QueryParams query) {
        return query.parsed("topics", TopicList::topics).orElse(Set.of());
    }

    private static Set<Topic> topics(String text) {
        Set<Topic> topics = new LinkedHashSet<>();
        if (text.isBlank()) {
            return topics;
        }
        for (String name : text.split(",", -1)) {
            topics.add(new Topic(name.strip()));
        }
        return topics;
    }
}
