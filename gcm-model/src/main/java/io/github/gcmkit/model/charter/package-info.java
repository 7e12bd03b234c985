/**
 * A network's charter, its Terms of Reference: mission, objectives, composition and the {@link
 * io.github.gcmkit.model.charter.Governance} it sets itself — co-chair seats and their tenure,
 * executive committee, meetings, decisions, working groups, annual review, secretariat, reporting
 * lines and the yearly meeting with external partners.
 */
@GcmStyle
@NullMarked
package io.github.gcmkit.model.charter;

import io.github.gcmkit.model.GcmStyle;
import org.jspecify.annotations.NullMarked;
