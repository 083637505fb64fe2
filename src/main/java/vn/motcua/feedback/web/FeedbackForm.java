package vn.motcua.feedback.web;

import org.jspecify.annotations.Nullable;

/** The feedback form of the staff intake page and of the public page (flat fields, bound by name). */
public class FeedbackForm {

	private @Nullable String agencyCode;

	private @Nullable String channel;

	private @Nullable String name;

	private @Nullable String phone;

	private @Nullable String email;

	private @Nullable String address;

	private @Nullable String organisation;

	private @Nullable String content;

	private @Nullable String fieldCode;

	private @Nullable String kind;

	public @Nullable String getAgencyCode() { return agencyCode; }
	public void setAgencyCode(@Nullable String agencyCode) { this.agencyCode = agencyCode; }
	public @Nullable String getChannel() { return channel; }
	public void setChannel(@Nullable String channel) { this.channel = channel; }
	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getAddress() { return address; }
	public void setAddress(@Nullable String address) { this.address = address; }
	public @Nullable String getOrganisation() { return organisation; }
	public void setOrganisation(@Nullable String organisation) { this.organisation = organisation; }
	public @Nullable String getContent() { return content; }
	public void setContent(@Nullable String content) { this.content = content; }
	public @Nullable String getFieldCode() { return fieldCode; }
	public void setFieldCode(@Nullable String fieldCode) { this.fieldCode = fieldCode; }
	public @Nullable String getKind() { return kind; }
	public void setKind(@Nullable String kind) { this.kind = kind; }

	/** The page field that shows a service error on {@code field} ("sender.name" → "name"). */
	static String pageField(String field) {
		return field.startsWith("sender.") ? field.substring("sender.".length()) : field;
	}
}
