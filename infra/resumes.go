package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3"
	"github.com/aws/jsii-runtime-go"

	"github.com/atsbridge/atsbridge/store/s3"
)

// resumeExpiryDays is how long the deployed sandbox keeps a resume file:
// the bucket's lifecycle rule deletes it after that (GET
// /candidates/{id}/resume then answers 404 saying so). A sandbox is for
// trying the API, not for keeping personal data.
const resumeExpiryDays = 30

// resumeObjectActions are exactly the object calls store/s3 makes, on its
// prefix only.
var resumeObjectActions = []string{"s3:DeleteObject", "s3:GetObject", "s3:PutObject"}

// newResumeBucket creates the bucket of the sandbox's resume files
// (store/s3, RESUME_BUCKET): private (all public access blocked, ACLs
// off), encrypted at rest with S3-managed keys, reachable over TLS only
// (a bucket policy denies any request without it), objects expiring after
// resumeExpiryDays, and kept when the stack is deleted, like the table
// whose records point at its files. The function's role gets the object
// calls on the resume prefix and ListBucket on the bucket, which S3
// requires for HeadBucket (the start-up check) and to answer a missing key
// with 404 instead of 403.
func newResumeBucket(stack awscdk.Stack, role awsiam.Role) awss3.Bucket {
	bucket := awss3.NewBucket(stack, jsii.String("ResumeFiles"), &awss3.BucketProps{
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
		Encryption:        awss3.BucketEncryption_S3_MANAGED,
		EnforceSSL:        jsii.Bool(true),
		ObjectOwnership:   awss3.ObjectOwnership_BUCKET_OWNER_ENFORCED,
		Versioned:         jsii.Bool(false),
		LifecycleRules: &[]*awss3.LifecycleRule{{
			Id:                                  jsii.String("ExpireSandboxResumes"),
			Prefix:                              jsii.String(s3.Prefix),
			Expiration:                          awscdk.Duration_Days(jsii.Number(resumeExpiryDays)),
			AbortIncompleteMultipartUploadAfter: awscdk.Duration_Days(jsii.Number(1)),
		}},
		RemovalPolicy: awscdk.RemovalPolicy_RETAIN,
	})
	role.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings(resumeObjectActions...),
		Resources: &[]*string{bucket.ArnForObjects(jsii.String(s3.Prefix + "*"))},
	}))
	role.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("s3:ListBucket"),
		Resources: &[]*string{bucket.BucketArn()},
	}))
	return bucket
}
