package io.crmkit.identity.match;

/**
 * A model and how it was trained.
 *
 * @param model the model
 * @param report the training report
 */
public record TrainedModel(FellegiSunterModel model, TrainingReport report) {}
