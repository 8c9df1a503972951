package dynamodb

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Attribute names of the table's primary key. The infra stack creates the
// table from these, so they are part of the deployed schema: renaming one
// means a new table.
const (
	AttrPK = "pk"
	AttrSK = "sk"
)

// AttrExpires is the table's time-to-live attribute: Unix seconds after
// which DynamoDB may delete the item (rate windows, idempotency records).
// Deletion is lazy (typically within days), and dynalite never deletes, so
// reads treat an item past its time as absent. The infra stack enables TTL
// on this name.
const AttrExpires = "expires_at"

// Index is one global secondary index: its name and the attribute names of
// its partition and sort keys (both strings, projection ALL).
type Index struct {
	Name string
	PK   string
	SK   string
}

// Indexes are the table's global secondary indexes, in the order the
// package doc describes them. The infra stack iterates over this slice, so
// adding an index here adds it to the deployed table.
var Indexes = []Index{
	{Name: "gsi1", PK: "gsi1pk", SK: "gsi1sk"},
	{Name: "gsi2", PK: "gsi2pk", SK: "gsi2sk"},
	{Name: "gsi3", PK: "gsi3pk", SK: "gsi3sk"},
	{Name: "gsi4", PK: "gsi4pk", SK: "gsi4sk"},
	{Name: "gsi5", PK: "gsi5pk", SK: "gsi5sk"},
	{Name: "gsi6", PK: "gsi6pk", SK: "gsi6sk"},
}

// The indexes by what they serve. Item kinds share the indexes (overloading),
// so one index has a role per kind; see the design table in the package doc.
var (
	idxJobs         = Indexes[0] // gsi1: every job by created_at
	idxJobsByStatus = Indexes[1] // gsi2: jobs by status
	idxJobsByDept   = Indexes[2] // gsi3: jobs by department
	idxCandidates   = Indexes[0] // gsi1: every candidate by created_at
	idxCandsByJob   = Indexes[5] // gsi6: a job's candidates by candidate created_at
	idxApps         = Indexes[0] // gsi1: every application by applied_at
	idxAppsByJob    = Indexes[1] // gsi2: a job's applications
	idxAppsByCand   = Indexes[2] // gsi3: a candidate's applications
	idxAppsByStage  = Indexes[3] // gsi4: applications by stage kind
	idxAppsByStatus = Indexes[4] // gsi5: applications by status
)

// TableInput is the CreateTable request for a table named name: on-demand
// billing, string keys, every index projecting all attributes. Open uses it
// against a local endpoint; the infra stack mirrors it.
func TableInput(name string) *dynamodb.CreateTableInput {
	attrs := []types.AttributeDefinition{
		{AttributeName: aws.String(AttrPK), AttributeType: types.ScalarAttributeTypeS},
		{AttributeName: aws.String(AttrSK), AttributeType: types.ScalarAttributeTypeS},
	}
	gsis := make([]types.GlobalSecondaryIndex, 0, len(Indexes))
	for _, ix := range Indexes {
		attrs = append(attrs,
			types.AttributeDefinition{AttributeName: aws.String(ix.PK), AttributeType: types.ScalarAttributeTypeS},
			types.AttributeDefinition{AttributeName: aws.String(ix.SK), AttributeType: types.ScalarAttributeTypeS},
		)
		gsis = append(gsis, types.GlobalSecondaryIndex{
			IndexName: aws.String(ix.Name),
			KeySchema: []types.KeySchemaElement{
				{AttributeName: aws.String(ix.PK), KeyType: types.KeyTypeHash},
				{AttributeName: aws.String(ix.SK), KeyType: types.KeyTypeRange},
			},
			Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll},
		})
	}
	return &dynamodb.CreateTableInput{
		TableName:            aws.String(name),
		BillingMode:          types.BillingModePayPerRequest,
		AttributeDefinitions: attrs,
		KeySchema: []types.KeySchemaElement{
			{AttributeName: aws.String(AttrPK), KeyType: types.KeyTypeHash},
			{AttributeName: aws.String(AttrSK), KeyType: types.KeyTypeRange},
		},
		GlobalSecondaryIndexes: gsis,
	}
}
