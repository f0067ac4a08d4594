package dev.newsmodel.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One parsed page as it travels between Spark stages: the article as a JSON line and the names of
 * the entities its quotes are attributed to (one entry per quote).
 */
record ParsedPage(String json, List<String> speakers) implements Serializable {}
