"""S3 operations for the rules a bucket enforces: policy, versioning and lifecycle."""

from __future__ import annotations

from collections.abc import Mapping

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import InvalidInput, MalformedResponse
from spacesgui.s3.models.config import LifecycleConfiguration, VersioningState
from spacesgui.s3.models.policy import BucketPolicy, policy_problems
from spacesgui.s3.ops.config_common import ChecksumAlgorithm, SettingsCore, require_valid


class PolicyLifecycleOps(SettingsCore):
    """Bucket policy, versioning state and lifecycle rules (current and legacy forms)."""

    # --- policy -------------------------------------------------------------------------

    def put_bucket_policy(self, *, bucket: str, policy: BucketPolicy | str,
                          expected_bucket_owner: str | None = None,
                          checksum_algorithm: ChecksumAlgorithm | None = None,
                          extra_headers: Mapping[str, str] | None = None,
                          cancel: CancelToken | None = None) -> None:
        """Send the policy text unchanged, after checking it is a JSON policy document."""
        text = policy.text if isinstance(policy, BucketPolicy) else policy
        require_valid("bucket policy", policy_problems(text))
        self._put_subresource(bucket=bucket, name="policy", body=text.encode("utf-8"),
                              expected_bucket_owner=expected_bucket_owner,
                              checksum_algorithm=checksum_algorithm,
                              extra_headers=extra_headers, cancel=cancel,
                              content_type="application/json")

    def get_bucket_policy(self, *, bucket: str, expected_bucket_owner: str | None = None,
                          extra_headers: Mapping[str, str] | None = None,
                          cancel: CancelToken | None = None) -> BucketPolicy | None:
        """The policy text as stored, or None when the bucket has no policy."""
        response = self._get_subresource(bucket=bucket, name="policy",
                                         absent=("NoSuchBucketPolicy",),
                                         expected_bucket_owner=expected_bucket_owner,
                                         extra_headers=extra_headers, cancel=cancel)
        if response is None:
            return None
        try:
            return BucketPolicy(response.content.decode("utf-8"))
        except UnicodeDecodeError:
            raise MalformedResponse("The server's bucket policy is not UTF-8 text",
                                    status=response.status_code) from None

    def delete_bucket_policy(self, *, bucket: str, expected_bucket_owner: str | None = None,
                             extra_headers: Mapping[str, str] | None = None,
                             cancel: CancelToken | None = None) -> None:
        """Remove the bucket policy (DeleteBucketPolicy); a bucket without one is fine."""
        self._delete_subresource(bucket=bucket, name="policy",
                                 expected_bucket_owner=expected_bucket_owner,
                                 extra_headers=extra_headers, cancel=cancel)

    # --- versioning ---------------------------------------------------------------------

    def put_bucket_versioning(self, *, bucket: str, state: VersioningState,
                              expected_bucket_owner: str | None = None,
                              extra_headers: Mapping[str, str] | None = None,
                              cancel: CancelToken | None = None) -> None:
        """Enable or suspend versioning (MFA delete is not offered: Spaces does not support it)."""
        if state not in (VersioningState.ENABLED, VersioningState.SUSPENDED):
            raise InvalidInput("Versioning can only be enabled or suspended; once enabled, a "
                               "bucket never returns to never-enabled")
        self._put_subresource(bucket=bucket, name="versioning", body=state.to_xml(),
                              expected_bucket_owner=expected_bucket_owner,
                              checksum_algorithm=None, extra_headers=extra_headers,
                              cancel=cancel)

    def get_bucket_versioning(self, *, bucket: str, expected_bucket_owner: str | None = None,
                              extra_headers: Mapping[str, str] | None = None,
                              cancel: CancelToken | None = None) -> VersioningState:
        """Whether versioning is enabled, suspended or was never set (GetBucketVersioning)."""
        response = self._get_subresource(bucket=bucket, name="versioning", absent=(),
                                         expected_bucket_owner=expected_bucket_owner,
                                         extra_headers=extra_headers, cancel=cancel)
        if response is None or not response.content.strip():
            return VersioningState.NEVER_ENABLED
        return VersioningState.from_xml(self._parse(response))

    # --- lifecycle ----------------------------------------------------------------------

    def put_bucket_lifecycle_configuration(
            self, *, bucket: str, configuration: LifecycleConfiguration,
            expected_bucket_owner: str | None = None,
            checksum_algorithm: ChecksumAlgorithm | None = None,
            extra_headers: Mapping[str, str] | None = None,
            cancel: CancelToken | None = None) -> None:
        """Replace all lifecycle rules (rules use <Filter>)."""
        require_valid("lifecycle configuration", configuration.problems())
        self._put_subresource(bucket=bucket, name="lifecycle", body=configuration.to_xml(),
                              expected_bucket_owner=expected_bucket_owner,
                              checksum_algorithm=checksum_algorithm,
                              extra_headers=extra_headers, cancel=cancel)

    def put_bucket_lifecycle(self, *, bucket: str, configuration: LifecycleConfiguration,
                             expected_bucket_owner: str | None = None,
                             checksum_algorithm: ChecksumAlgorithm | None = None,
                             extra_headers: Mapping[str, str] | None = None,
                             cancel: CancelToken | None = None) -> None:
        """The legacy form: the same request, rules carry <Prefix> directly and no <Filter>.

        RGW 16.2 accepts it and answers later GETs in the form stored (tested).
        """
        require_valid("lifecycle configuration", configuration.problems(legacy=True))
        self._put_subresource(bucket=bucket, name="lifecycle",
                              body=configuration.to_xml(legacy=True),
                              expected_bucket_owner=expected_bucket_owner,
                              checksum_algorithm=checksum_algorithm,
                              extra_headers=extra_headers, cancel=cancel)

    def get_bucket_lifecycle_configuration(
            self, *, bucket: str, expected_bucket_owner: str | None = None,
            extra_headers: Mapping[str, str] | None = None,
            cancel: CancelToken | None = None) -> LifecycleConfiguration:
        """The lifecycle rules; an empty LifecycleConfiguration (no rules) when none are set."""
        response = self._get_subresource(bucket=bucket, name="lifecycle",
                                         absent=("NoSuchLifecycleConfiguration",),
                                         expected_bucket_owner=expected_bucket_owner,
                                         extra_headers=extra_headers, cancel=cancel)
        if response is None:
            return LifecycleConfiguration()
        return LifecycleConfiguration.from_xml(self._parse(response))

    def get_bucket_lifecycle(self, *, bucket: str, expected_bucket_owner: str | None = None,
                             extra_headers: Mapping[str, str] | None = None,
                             cancel: CancelToken | None = None) -> LifecycleConfiguration:
        """The legacy GET: the same request; the reader understands both rule forms."""
        return self.get_bucket_lifecycle_configuration(
            bucket=bucket, expected_bucket_owner=expected_bucket_owner,
            extra_headers=extra_headers, cancel=cancel)

    def delete_bucket_lifecycle(self, *, bucket: str, expected_bucket_owner: str | None = None,
                                extra_headers: Mapping[str, str] | None = None,
                                cancel: CancelToken | None = None) -> None:
        """Remove every lifecycle rule of the bucket (DeleteBucketLifecycle)."""
        self._delete_subresource(bucket=bucket, name="lifecycle",
                                 expected_bucket_owner=expected_bucket_owner,
                                 extra_headers=extra_headers, cancel=cancel)
