/** Clusters of matched records without chaining into giant clusters: links above the match threshold joined strongest first up to a maximum cluster size, with ids stable across runs. */
@CrmStyle
@NullMarked
package io.crmkit.identity.cluster;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
