package dev.sessionvault.application.view;

import java.util.List;

/** One page of a listing with the exact total; pages are numbered from 1. */
public record PageView<T>(List<T> items, int page, int size, long total, long totalPages) {}
